#pragma once

#include "PdfTextExtractor.h"

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <atomic>
#include <expected>
#include <functional>
#include <memory>

namespace workroom::pdf {

class PopplerPool;

// One word of a page's text, in reading order, for selection and copying.
struct PdfTextBox {
    QString text;
    QRectF rect;  // in points, page as displayed (its own /Rotate applied), origin top left
    bool spaceAfter = false;
};

// One occurrence of a searched text.
struct PdfSearchHit {
    int page = 0;
    QList<QRectF> rects;  // in points like PdfTextBox::rect; more than one when across lines
};

struct PdfSearchOptions {
    bool caseSensitive = false;
    bool wholeWords = false;
};

// What kind of form a document carries; only AcroForms can be filled.
enum class PdfFormKind { None, AcroForm, XfaOnly };

// An opened PDF file for viewing: its pages' geometry and text. Opening reads the file once;
// rendering (PageRenderer) and text access here are thread-safe, because every call borrows
// one of several Poppler documents of the same file, never used by two threads at once.
// Nothing here triggers a document's actions, and Poppler has no JavaScript engine, so the
// scripts a file carries are never executed.
class PdfDocument {
public:
    // Fails with FileNotFound, Unreadable, NotAPdf (also for HTML or random bytes named .pdf),
    // Damaged (also for a truncated file without pages), TooLarge, PasswordRequired (no
    // password given) or WrongPassword. `password` may be the user or the owner password.
    // `renderThreads` is how many threads may render or read text at the same time.
    static std::expected<std::shared_ptr<PdfDocument>, PdfProblem>
    open(const QString &path, const QByteArray &password = {}, int renderThreads = 2);

    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    QString path() const { return path_; }
    QString title() const { return title_; }  // from the document information, may be empty
    int pageCount() const { return int(pageSizes_.size()); }
    // In points, as the page shows: width and height swapped for a page with /Rotate 90 or 270.
    QSizeF pageSize(int page) const { return pageSizes_.value(page); }
    // The page's own rotation (/Rotate), clockwise: 0, 90, 180 or 270.
    int pageRotation(int page) const { return pageRotations_.value(page); }
    bool isEncrypted() const { return encrypted_; }
    PdfFormKind formKind() const { return formKind_; }
    int renderThreads() const { return renderThreads_; }
    // A translated sentence the viewer shows above the pages, or empty: for XFA-only forms.
    QString notice() const;

    // The words of a page in reading order; empty for a page without text or a damaged page.
    QList<PdfTextBox> textBoxes(int page) const;
    QList<QRectF> searchPage(int page, const QString &text, PdfSearchOptions options) const;
    // Searches from `firstPage` on; `found` is called for each page with hits and may return
    // false to stop. `cancel` (optional) is checked between pages.
    void search(const QString &text, PdfSearchOptions options,
                const std::function<bool(const PdfSearchHit &)> &found,
                const std::atomic_bool *cancel = nullptr) const;

    // The largest page a renderer draws, in pixels; larger requests are drawn smaller.
    static constexpr qint64 maxPagePixels = qint64(24) * 1024 * 1024;

private:
    friend class PageRenderer;
    PdfDocument() = default;

    QString path_;
    QString title_;
    QList<QSizeF> pageSizes_;
    QList<int> pageRotations_;
    bool encrypted_ = false;
    PdfFormKind formKind_ = PdfFormKind::None;
    int renderThreads_ = 1;
    std::unique_ptr<PopplerPool> pool_;
};

}  // namespace workroom::pdf
