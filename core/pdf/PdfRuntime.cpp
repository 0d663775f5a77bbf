#include "PdfRuntime.h"

#include <poppler-version.h>

namespace workroom::pdf {

PdfRuntimeInfo pdfRuntimeInfo()
{
    return {.version = Poppler::Version::string(),
            .compiledVersion = QStringLiteral(POPPLER_VERSION)};
}

}  // namespace workroom::pdf
