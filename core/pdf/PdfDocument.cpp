#include "PdfDocument.h"

#include "PopplerPool.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

#include <algorithm>
#include <mutex>

namespace workroom::pdf {

namespace {

Q_LOGGING_CATEGORY(lcPdfDocument, "workroom.pdf")

// Acrobat, and Poppler with it, accepts the header anywhere in the first kilobyte.
constexpr qint64 headerSearchBytes = 1024;

std::unexpected<PdfProblem> failure(PdfError error, const QString &message)
{
    return std::unexpected(PdfProblem{.error = error, .message = message});
}

QString tr(const char *text)
{
    return QCoreApplication::translate("workroom::pdf", text);
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

// What can be told without Poppler, so that Poppler only ever parses files that at least claim
// to be PDFs: an HTML page or random bytes saved as .pdf stop here.
std::expected<void, PdfProblem> checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return failure(PdfError::FileNotFound, tr("The file %1 does not exist.").arg(shown(path)));
    }
    if (info.isDir()) {
        return failure(PdfError::Unreadable, tr("%1 is a folder, not a file.").arg(shown(path)));
    }
    QFile file(path);
    const QByteArray head =
        file.open(QIODevice::ReadOnly) ? file.read(headerSearchBytes) : QByteArray();
    if (file.error() != QFileDevice::NoError) {
        return failure(PdfError::Unreadable,
                       tr("The file %1 cannot be read: %2").arg(shown(path), file.errorString()));
    }
    if (head.isEmpty()) {
        return failure(PdfError::NotAPdf, tr("The file %1 is empty.").arg(shown(path)));
    }
    if (!head.contains("%PDF-")) {
        return failure(PdfError::NotAPdf,
                       tr("The file %1 is not a PDF document.").arg(shown(path)));
    }
    if (file.size() > maxPdfFileSize) {
        const QLocale locale;
        return failure(PdfError::TooLarge,
                       tr("The file %1 is too large to be read (%2; at most %3).")
                           .arg(shown(path), locale.formattedDataSize(file.size()),
                                locale.formattedDataSize(maxPdfFileSize)));
    }
    return {};
}

Poppler::Page::SearchFlags searchFlags(PdfSearchOptions options)
{
    Poppler::Page::SearchFlags flags = Poppler::Page::NoSearchFlags;
    if (!options.caseSensitive) {
        flags |= Poppler::Page::IgnoreCase;
    }
    if (options.wholeWords) {
        flags |= Poppler::Page::WholeWords;
    }
    return flags;
}

// Poppler reports what it repairs and why it fails on stderr by default; those lines go to our
// category instead, at debug level, because they describe files, not faults of Workroom.
void routePopplerMessages()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                qCDebug(lcPdfDocument) << "poppler:" << message;
            },
            QVariant());
    });
}

}  // namespace

// --- PopplerPool ------------------------------------------------------------------------------

PopplerPool::PopplerPool(QString path, QByteArray password,
                         std::unique_ptr<Poppler::Document> first, int slotCount)
    : path_(std::move(path)), password_(std::move(password))
{
    const int count = std::max(slotCount, 1);
    for (int index = 0; index < count; ++index) {
        slots_.push_back(std::make_unique<Slot>());
    }
    slots_.front()->document = std::move(first);
}

void PopplerPool::prepare(Poppler::Document &document)
{
    // The same hints as pdftoppm's defaults (anti-aliased vectors and text), so that pages look
    // as other Poppler tools show them.
    document.setRenderBackend(Poppler::Document::SplashBackend);
    document.setRenderHint(Poppler::Document::Antialiasing, true);
    document.setRenderHint(Poppler::Document::TextAntialiasing, true);
    document.setRenderHint(Poppler::Document::TextHinting, false);
}

PopplerPool::Lease PopplerPool::leaseOf(Slot &slot, std::unique_lock<std::mutex> lock)
{
    if (!slot.document && !slot.failed) {
        slot.document = Poppler::Document::load(path_, password_, password_);
        if (slot.document && slot.document->isLocked()) {
            slot.document.reset();
        }
        if (slot.document) {
            prepare(*slot.document);
        } else {
            slot.failed = true;
            qCWarning(lcPdfDocument) << "a further reader of an opened PDF could not load it";
        }
    }
    if (!slot.document) {
        // Another slot may still hold a document loaded before the file went away.
        return Lease(std::move(lock), nullptr);
    }
    return Lease(std::move(lock), slot.document.get());
}

PopplerPool::Lease PopplerPool::acquire()
{
    // A free slot with a loaded document first, then any free slot, then wait in turn.
    for (const bool loadedOnly : {true, false}) {
        for (const auto &slot : slots_) {
            std::unique_lock lock(slot->mutex, std::try_to_lock);
            if (lock.owns_lock() && (!loadedOnly || slot->document)) {
                return leaseOf(*slot, std::move(lock));
            }
        }
    }
    size_t index = 0;
    {
        const std::lock_guard guard(roundRobinMutex_);
        index = next_++ % slots_.size();
    }
    return leaseOf(*slots_[index], std::unique_lock(slots_[index]->mutex));
}

// --- PdfDocument ------------------------------------------------------------------------------

PdfDocument::~PdfDocument() = default;

std::expected<std::shared_ptr<PdfDocument>, PdfProblem>
PdfDocument::open(const QString &path, const QByteArray &password, int renderThreads)
{
    if (const auto checked = checkFile(path); !checked) {
        return std::unexpected(checked.error());
    }
    routePopplerMessages();
    // Without a password first: a file encrypted with an empty user password opens then.
    std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    if (!document) {
        return failure(PdfError::Damaged,
                       tr("The file %1 is damaged and cannot be opened.").arg(shown(path)));
    }
    QByteArray usedPassword;
    if (document->isLocked()) {
        if (password.isEmpty()) {
            return failure(PdfError::PasswordRequired,
                           tr("The file %1 is protected by a password.").arg(shown(path)));
        }
        document->unlock(password, password);
        if (document->isLocked()) {
            return failure(PdfError::WrongPassword,
                           tr("The password for the file %1 is not correct.").arg(shown(path)));
        }
        usedPassword = password;
    }
    PopplerPool::prepare(*document);

    std::shared_ptr<PdfDocument> result(new PdfDocument);
    result->path_ = path;
    result->encrypted_ = document->isEncrypted();
    result->title_ = document->info(QStringLiteral("Title")).trimmed();

    const int pages = document->numPages();
    if (pages <= 0) {
        return failure(
            PdfError::Damaged,
            tr("The file %1 is damaged or incomplete: it has no readable pages.").arg(shown(path)));
    }
    result->pageSizes_.reserve(pages);
    result->pageRotations_.reserve(pages);
    int unreadable = 0;
    for (int index = 0; index < pages; ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        QSizeF size = page ? page->pageSizeF() : QSizeF();
        int rotation = 0;
        if (page) {
            switch (page->orientation()) {
            case Poppler::Page::Landscape:
                rotation = 90;
                break;
            case Poppler::Page::UpsideDown:
                rotation = 180;
                break;
            case Poppler::Page::Seascape:
                rotation = 270;
                break;
            case Poppler::Page::Portrait:
                break;
            }
        }
        if (!size.isValid() || size.isEmpty()) {
            // A page that cannot be read keeps its place (as A4) so that numbering stays true;
            // rendering it reports the damage.
            ++unreadable;
            size = QSizeF(595.276, 841.89);
        }
        result->pageSizes_.append(size);
        result->pageRotations_.append(rotation);
    }
    if (unreadable == pages) {
        return failure(
            PdfError::Damaged,
            tr("The file %1 is damaged or incomplete: it has no readable pages.").arg(shown(path)));
    }
    if (unreadable > 0) {
        qCWarning(lcPdfDocument) << unreadable << "of" << pages << "pages unreadable";
    }

    switch (document->formType()) {
    case Poppler::Document::NoForm:
        break;
    case Poppler::Document::AcroForm:
        result->formKind_ = PdfFormKind::AcroForm;
        break;
    case Poppler::Document::XfaForm: {
        // Poppler calls every form with an XFA stream XFA, also the hybrid ones that carry
        // AcroForm fields as well; only a form without any field cannot be filled here.
        bool hasFields = false;
        for (int index = 0; index < pages && !hasFields; ++index) {
            if (const auto page = document->page(index)) {
                hasFields = !page->formFields().empty();
            }
        }
        result->formKind_ = hasFields ? PdfFormKind::AcroForm : PdfFormKind::XfaOnly;
        break;
    }
    }

    result->renderThreads_ = std::max(renderThreads, 1);
    result->pool_ =
        std::make_unique<PopplerPool>(path, usedPassword, std::move(document), renderThreads);
    return result;
}

QString PdfDocument::notice() const
{
    if (formKind_ == PdfFormKind::XfaOnly) {
        return tr("This document is an XFA form, which Workroom does not support: it cannot be "
                  "filled here. Its static pages are shown.");
    }
    return {};
}

QList<PdfTextBox> PdfDocument::textBoxes(int page) const
{
    QList<PdfTextBox> boxes;
    if (page < 0 || page >= pageCount()) {
        return boxes;
    }
    const PopplerPool::Lease lease = pool_->acquire();
    if (!lease) {
        return boxes;
    }
    const std::unique_ptr<Poppler::Page> popplerPage = lease.document()->page(page);
    if (!popplerPage) {
        return boxes;
    }
    const auto list = popplerPage->textList();
    boxes.reserve(qsizetype(list.size()));
    for (const auto &box : list) {
        boxes.append(PdfTextBox{
            .text = box->text(), .rect = box->boundingBox(), .spaceAfter = box->hasSpaceAfter()});
    }
    return boxes;
}

QList<QRectF> PdfDocument::searchPage(int page, const QString &text, PdfSearchOptions options) const
{
    if (page < 0 || page >= pageCount() || text.isEmpty()) {
        return {};
    }
    const PopplerPool::Lease lease = pool_->acquire();
    if (!lease) {
        return {};
    }
    const std::unique_ptr<Poppler::Page> popplerPage = lease.document()->page(page);
    if (!popplerPage) {
        return {};
    }
    return popplerPage->search(text, searchFlags(options));
}

void PdfDocument::search(const QString &text, PdfSearchOptions options,
                         const std::function<bool(const PdfSearchHit &)> &found,
                         const std::atomic_bool *cancel) const
{
    if (text.trimmed().isEmpty()) {
        return;
    }
    for (int page = 0; page < pageCount(); ++page) {
        if (cancel && cancel->load()) {
            return;
        }
        for (const QRectF &rect : searchPage(page, text, options)) {
            if (!found(PdfSearchHit{.page = page, .rects = {rect}})) {
                return;
            }
        }
    }
}

}  // namespace workroom::pdf
