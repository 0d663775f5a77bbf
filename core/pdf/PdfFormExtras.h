#pragma once

#include "PdfForm.h"

#include <QChar>
#include <QHash>
#include <QString>

namespace workroom::pdf {

// What a form's own objects say that Poppler's Qt interface does not: the required and comb
// flags, default values and each page's tab order (/Tabs). Internal to core/pdf.
struct FieldExtras {
    QString label;  // /TU of the field (Poppler gives it for some widgets only)
    bool required = false;
    bool comb = false;
    FormValue defaultValue;
};

struct FormExtras {
    QHash<QString, FieldExtras> fields;  // by fully qualified name
    QHash<int, QChar> tabsByPage;        // 'R', 'C' or 'S'; absent: annotation order
};

// Reads the extras from an unencrypted file with a classic or stream cross-reference table
// (incremental updates included). Anything it cannot read leaves the result empty: the form
// is then filled without these hints, never refused.
FormExtras readFormExtras(const QString &path);

}  // namespace workroom::pdf
