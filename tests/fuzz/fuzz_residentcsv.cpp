// libFuzzer entry for the residents CSV importer. Built by the "fuzz" preset
// (clang, -fsanitize=fuzzer,address,undefined) and run by hand:
//   cmake --preset fuzz && cmake --build --preset fuzz --target fuzz_residentcsv
//   build/fuzz/tests/fuzz/fuzz_residentcsv -max_total_time=300 \
//       tests/fuzz/corpus/residentcsv -artifact_prefix=tests/fuzz/crashes/residentcsv/
// Crash files saved there are replayed by tst_residentcsvcorpus in the normal suite.
#include "residentcsvfuzzbody.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    cg::test::fuzzResidentCsv(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    return 0;
}
