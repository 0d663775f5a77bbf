#pragma once

#include <QString>

namespace workroom::pdf {

// The Poppler library that renders and fills PDFs; the rest of the code never sees Poppler.
struct PdfRuntimeInfo {
    QString version;          // of the loaded poppler-qt6 library, for example "25.03.0"
    QString compiledVersion;  // of the headers Workroom was built against
};

PdfRuntimeInfo pdfRuntimeInfo();

}  // namespace workroom::pdf
