#pragma once

#include <QString>
#include <QStringList>

namespace cg::test {

// Real poppler-utils on real PDFs (Debian: poppler-utils).
// Text of the whole PDF (pdftotext -layout); empty and a warning on failure.
QString pdfToText(const QString& pdf, bool layout = true);
// Renders every page to PNG at `dpi` (pdftoppm); returns the PNG paths in page
// order, empty when pdftoppm failed.
QStringList pdfToPng(const QString& pdf, const QString& outPrefix, int dpi = 60);
// "Key: value" lines of pdfinfo (e.g. "Pages", "Page size").
QString pdfInfo(const QString& pdf, const QString& key);
// Font names embedded in the PDF (pdffonts).
QStringList pdfFonts(const QString& pdf);

} // namespace cg::test
