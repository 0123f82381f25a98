#pragma once

#include "core/notice.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QString>

namespace cg::services {

// The property company as residents read it in the notice: the processor of
// their face data and how to reach it (PIPL Art. 17). Entered once in the
// first-run wizard; administrators edit the notice itself afterwards.
// A value type; thread-safe as values are.
struct ProcessorDetails
{
    Q_DECLARE_TR_FUNCTIONS(cg::services::ProcessorDetails)
public:
    QString name;       // "杭州某某物业服务有限公司"
    QString phone;
    QString address;
    QString email;      // optional

    // Field keys of the errors: "company_name", "phone", "address", "email".
    core::Status validate() const;

    // `content` with the processor, processor contact and personal-information
    // contact filled in, in every notice language (the fixed texts of those
    // fields are notice content in both languages, not console strings).
    core::NoticeContent applyTo(core::NoticeContent content) const;
};

} // namespace cg::services
