#include "PdfViewer.h"

#include "PageRenderer.h"
#include "PdfFormOverlay.h"
#include "PdfThumbnailBar.h"
#include "PdfView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <cmath>

namespace workroom::widgets {

namespace {

using Opened = std::expected<std::shared_ptr<pdf::PdfDocument>, pdf::PdfProblem>;

constexpr double maxPrintDpi = 300;

const QList<int> zoomPercents = {25, 50, 75, 100, 125, 150, 200, 300, 400};

// Renders every page to the printer, scaled into its printable area and turned when the page
// and the paper differ in orientation. Runs on a worker thread; QPainter may paint on a
// QPrinter there.
QString printPages(const std::shared_ptr<const pdf::PdfDocument> &document, QPrinter &printer,
                   const std::atomic_bool &cancel, const std::function<void(int)> &progress)
{
    const int count = document->pageCount();
    int first = 0;
    int last = count - 1;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = std::clamp(printer.fromPage() - 1, 0, count - 1);
        last = std::clamp(printer.toPage() - 1, first, count - 1);
    }
    const pdf::PageRenderer renderer(document);
    const double dpi = std::min<double>(printer.resolution(), maxPrintDpi);
    QPainter painter;
    if (!painter.begin(&printer)) {
        return PdfViewer::tr("The printer cannot be used.");
    }
    for (int page = first; page <= last; ++page) {
        if (cancel) {
            painter.end();
            return PdfViewer::tr("Printing was cancelled.");
        }
        if (page > first && !printer.newPage()) {
            return PdfViewer::tr("The printer stopped accepting pages.");
        }
        const QRect area = painter.viewport();
        const QSizeF size = document->pageSize(page);
        const bool turn = (size.width() > size.height()) != (area.width() > area.height());
        auto image =
            renderer.render({.page = page, .dpi = dpi, .rotation = turn ? 90 : 0}, &cancel);
        if (!image) {
            if (cancel) {
                continue;
            }
            painter.end();
            return image.error().message;
        }
        image->setDevicePixelRatio(1);
        const QSize fitted = image->size().scaled(area.size(), Qt::KeepAspectRatio);
        const QRect target(area.x() + (area.width() - fitted.width()) / 2,
                           area.y() + (area.height() - fitted.height()) / 2, fitted.width(),
                           fitted.height());
        painter.setWindow(area);
        painter.drawImage(target, *image);
        progress(page - first + 1);
    }
    painter.end();
    return {};
}

}  // namespace

PdfViewer::PdfViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("pdfViewer"));
    view_ = new PdfView(this);
    thumbnails_ = new PdfThumbnailBar(this);
    thumbnails_->hide();
    form_ = new PdfFormOverlay(view_, this);

    createActions();
    createToolBar();

    banner_ = new QLabel(this);
    banner_->setObjectName(QStringLiteral("pdfNotice"));
    banner_->setWordWrap(true);
    banner_->setMargin(8);
    banner_->setAutoFillBackground(true);
    banner_->setBackgroundRole(QPalette::ToolTipBase);
    banner_->setForegroundRole(QPalette::ToolTipText);
    banner_->hide();

    auto *pages = new QWidget(this);
    auto *pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    pagesLayout->addWidget(banner_);
    pagesLayout->addWidget(view_, 1);
    pagesLayout->addWidget(createSearchBar());

    auto *splitter = new QSplitter(this);
    splitter->addWidget(thumbnails_);
    splitter->addWidget(pages);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    // The thumbnails take their width, the pages the rest.
    connect(thumbnailsAction_, &QAction::toggled, splitter, [splitter, this](bool shown) {
        if (shown) {
            const int side = thumbnails_->minimumWidth();
            splitter->setSizes({side, std::max(splitter->width() - side, 1)});
        }
    });

    stack_ = new QStackedWidget(this);
    stack_->addWidget(createStatusPage());
    stack_->addWidget(splitter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar_);
    layout->addWidget(stack_, 1);

    connect(view_, &PdfView::currentPageChanged, this, [this](int page) {
        updatePageControls();
        thumbnails_->setCurrentPage(page);
    });
    connect(view_, &PdfView::zoomChanged, this, &PdfViewer::updateZoomControls);
    connect(view_, &PdfView::rotationChanged, thumbnails_, &PdfThumbnailBar::setRotation);
    connect(view_, &PdfView::hitsChanged, this, &PdfViewer::updateHits);
    connect(thumbnails_, &PdfThumbnailBar::pageChosen, view_, &PdfView::goToPage);
    connect(form_, &PdfFormOverlay::formChanged, this, [this] {
        saveFormAction_->setVisible(form_->hasFields());
        saveFormAction_->setEnabled(form_->hasFields());
    });
    connect(form_, &PdfFormOverlay::errorOccurred, this, &PdfViewer::errorOccurred);
    setState(State::Empty);
}

PdfViewer::~PdfViewer()
{
    if (printCancel_) {
        printCancel_->store(true);
    }
}

void PdfViewer::createActions()
{
    const auto make = [this](const QString &text, const QString &icon, const QString &name,
                             const QList<QKeySequence> &keys = {}) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Only while the viewer has the focus, so that a window hosting other views keeps
        // its own F3 or Ctrl+P.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty()) {
            action->setToolTip(
                QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                              keys.first().toString(QKeySequence::NativeText)));
        }
        addAction(action);
        return action;
    };
    thumbnailsAction_ = make(tr("&Thumbnails"), QStringLiteral("view-sidebar"),
                             QStringLiteral("pdfThumbnailsAction"), {QKeySequence(Qt::Key_F4)});
    thumbnailsAction_->setCheckable(true);
    connect(thumbnailsAction_, &QAction::toggled, thumbnails_, &QWidget::setVisible);

    zoomOutAction_ =
        make(tr("Zoom &Out"), QStringLiteral("zoom-out"), QStringLiteral("pdfZoomOutAction"),
             QKeySequence::keyBindings(QKeySequence::ZoomOut));
    connect(zoomOutAction_, &QAction::triggered, view_, &PdfView::zoomOut);
    zoomInAction_ =
        make(tr("Zoom &In"), QStringLiteral("zoom-in"), QStringLiteral("pdfZoomInAction"),
             QKeySequence::keyBindings(QKeySequence::ZoomIn)
                 + QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(zoomInAction_, &QAction::triggered, view_, &PdfView::zoomIn);
    fitWidthAction_ = make(tr("Fit &Width"), QStringLiteral("zoom-fit-width"),
                           QStringLiteral("pdfFitWidthAction"));
    connect(fitWidthAction_, &QAction::triggered, this,
            [this] { view_->setFit(PdfView::Fit::Width); });
    fitPageAction_ =
        make(tr("Fit &Page"), QStringLiteral("zoom-fit-best"), QStringLiteral("pdfFitPageAction"));
    connect(fitPageAction_, &QAction::triggered, this,
            [this] { view_->setFit(PdfView::Fit::Page); });
    rotateLeftAction_ = make(tr("Rotate &Left"), QStringLiteral("object-rotate-left"),
                             QStringLiteral("pdfRotateLeftAction"),
                             {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)});
    connect(rotateLeftAction_, &QAction::triggered, view_, &PdfView::rotateLeft);
    rotateRightAction_ = make(tr("Rotate &Right"), QStringLiteral("object-rotate-right"),
                              QStringLiteral("pdfRotateRightAction"),
                              {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)});
    connect(rotateRightAction_, &QAction::triggered, view_, &PdfView::rotateRight);
    findAction_ = make(tr("&Find…"), QStringLiteral("edit-find"), QStringLiteral("pdfFindAction"),
                       {QKeySequence(QKeySequence::Find)});
    connect(findAction_, &QAction::triggered, this, &PdfViewer::showSearchBar);
    findNextAction_ = make(tr("Find &Next"), QStringLiteral("go-down-search"),
                           QStringLiteral("pdfFindNextAction"),
                           QKeySequence::keyBindings(QKeySequence::FindNext));
    connect(findNextAction_, &QAction::triggered, view_, &PdfView::findNext);
    findPreviousAction_ = make(tr("Find &Previous"), QStringLiteral("go-up-search"),
                               QStringLiteral("pdfFindPreviousAction"),
                               QKeySequence::keyBindings(QKeySequence::FindPrevious));
    connect(findPreviousAction_, &QAction::triggered, view_, &PdfView::findPrevious);
    printAction_ = make(tr("&Print…"), QStringLiteral("document-print"),
                        QStringLiteral("pdfPrintAction"), {QKeySequence(QKeySequence::Print)});
    connect(printAction_, &QAction::triggered, this, &PdfViewer::print);
    saveFormAction_ = make(tr("&Save Form"), QStringLiteral("document-save"),
                           QStringLiteral("pdfSaveFormAction"), {QKeySequence(QKeySequence::Save)});
    saveFormAction_->setStatusTip(tr("Save the filled form as a new document version"));
    saveFormAction_->setVisible(false);
    connect(saveFormAction_, &QAction::triggered, this, &PdfViewer::saveForm);
}

void PdfViewer::createToolBar()
{
    toolBar_ = new QToolBar(tr("PDF"), this);
    toolBar_->setObjectName(QStringLiteral("pdfToolBar"));
    toolBar_->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    toolBar_->addAction(thumbnailsAction_);
    toolBar_->addSeparator();

    auto *pageLabel = new QLabel(tr("Page"), toolBar_);
    pageSpin_ = new QSpinBox(toolBar_);
    pageSpin_->setObjectName(QStringLiteral("pdfPageSpin"));
    pageSpin_->setAccessibleName(tr("Current page"));
    pageSpin_->setKeyboardTracking(false);
    pageSpin_->setRange(0, 0);
    pageLabel->setBuddy(pageSpin_);
    pageCountLabel_ = new QLabel(toolBar_);
    pageCountLabel_->setObjectName(QStringLiteral("pdfPageCount"));
    connect(pageSpin_, &QSpinBox::valueChanged, this, [this](int value) {
        if (value - 1 != view_->currentPage()) {
            view_->goToPage(value - 1);
        }
    });
    toolBar_->addWidget(pageLabel);
    toolBar_->addWidget(pageSpin_);
    toolBar_->addWidget(pageCountLabel_);
    toolBar_->addSeparator();

    toolBar_->addAction(zoomOutAction_);
    zoomCombo_ = new QComboBox(toolBar_);
    zoomCombo_->setObjectName(QStringLiteral("pdfZoomCombo"));
    zoomCombo_->setAccessibleName(tr("Zoom"));
    zoomCombo_->setEditable(true);
    zoomCombo_->setInsertPolicy(QComboBox::NoInsert);
    zoomCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    zoomCombo_->addItem(tr("Fit Width"), -1);
    zoomCombo_->addItem(tr("Fit Page"), -2);
    for (const int percent : zoomPercents) {
        zoomCombo_->addItem(QStringLiteral("%1 %").arg(percent), percent);
    }
    connect(zoomCombo_, &QComboBox::activated, this, &PdfViewer::zoomChosen);
    connect(zoomCombo_->lineEdit(), &QLineEdit::returnPressed, this, &PdfViewer::zoomTyped);
    toolBar_->addWidget(zoomCombo_);
    toolBar_->addAction(zoomInAction_);
    toolBar_->addSeparator();
    toolBar_->addAction(rotateLeftAction_);
    toolBar_->addAction(rotateRightAction_);
    toolBar_->addSeparator();
    toolBar_->addAction(findAction_);
    toolBar_->addAction(printAction_);
    toolBar_->addAction(saveFormAction_);
}

QWidget *PdfViewer::createStatusPage()
{
    auto *page = new QWidget(this);
    statusLabel_ = new QLabel(page);
    statusLabel_->setObjectName(QStringLiteral("pdfStatus"));
    statusLabel_->setWordWrap(true);
    statusLabel_->setAlignment(Qt::AlignCenter);
    statusLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    passwordPanel_ = new QWidget(page);
    auto *passwordLabel = new QLabel(tr("&Password:"), passwordPanel_);
    passwordEdit_ = new QLineEdit(passwordPanel_);
    passwordEdit_->setObjectName(QStringLiteral("pdfPassword"));
    passwordEdit_->setEchoMode(QLineEdit::Password);
    passwordEdit_->setAccessibleName(tr("Password of the document"));
    passwordLabel->setBuddy(passwordEdit_);
    passwordButton_ = new QPushButton(tr("&Open"), passwordPanel_);
    passwordButton_->setObjectName(QStringLiteral("pdfPasswordOpen"));
    passwordButton_->setDefault(true);
    auto *passwordLayout = new QHBoxLayout(passwordPanel_);
    passwordLayout->addStretch();
    passwordLayout->addWidget(passwordLabel);
    passwordLayout->addWidget(passwordEdit_);
    passwordLayout->addWidget(passwordButton_);
    passwordLayout->addStretch();
    const auto submit = [this] { submitPassword(passwordEdit_->text()); };
    connect(passwordEdit_, &QLineEdit::returnPressed, this, submit);
    connect(passwordButton_, &QPushButton::clicked, this, submit);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(statusLabel_);
    layout->addWidget(passwordPanel_);
    layout->addStretch();
    return page;
}

QWidget *PdfViewer::createSearchBar()
{
    searchBar_ = new QWidget(this);
    searchBar_->setObjectName(QStringLiteral("pdfSearchBar"));
    auto *label = new QLabel(tr("F&ind:"), searchBar_);
    searchEdit_ = new QLineEdit(searchBar_);
    searchEdit_->setObjectName(QStringLiteral("pdfSearchEdit"));
    searchEdit_->setClearButtonEnabled(true);
    searchEdit_->setPlaceholderText(tr("Text in the document"));
    label->setBuddy(searchEdit_);
    auto *previous = new QToolButton(searchBar_);
    previous->setDefaultAction(findPreviousAction_);
    auto *next = new QToolButton(searchBar_);
    next->setDefaultAction(findNextAction_);
    caseSensitive_ = new QCheckBox(tr("&Match case"), searchBar_);
    hitLabel_ = new QLabel(searchBar_);
    hitLabel_->setObjectName(QStringLiteral("pdfHitLabel"));
    auto *close = new QToolButton(searchBar_);
    close->setText(tr("Close"));
    close->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    close->setToolTip(tr("Close the search bar (Esc)"));
    connect(close, &QToolButton::clicked, this, &PdfViewer::hideSearchBar);

    auto *layout = new QHBoxLayout(searchBar_);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(label);
    layout->addWidget(searchEdit_, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(caseSensitive_);
    layout->addWidget(hitLabel_);
    layout->addWidget(close);

    // Enter searches (again after a change) or goes on; Shift+Enter goes back; Esc closes.
    connect(searchEdit_, &QLineEdit::returnPressed, this, [this] {
        if (searchEdit_->text() != view_->findText()) {
            runSearch();
        } else if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier) {
            view_->findPrevious();
        } else {
            view_->findNext();
        }
    });
    connect(caseSensitive_, &QCheckBox::toggled, this, &PdfViewer::runSearch);
    auto *escape = new QAction(searchBar_);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    escape->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QAction::triggered, this, &PdfViewer::hideSearchBar);
    searchBar_->addAction(escape);
    searchBar_->hide();
    return searchBar_;
}

void PdfViewer::setState(State state, const QString &message)
{
    state_ = state;
    message_ = message;
    const bool showing = state == State::Showing;
    stack_->setCurrentIndex(showing ? 1 : 0);
    statusLabel_->setText(message);
    passwordPanel_->setVisible(state == State::NeedsPassword);
    for (QAction *action : {thumbnailsAction_, zoomInAction_, zoomOutAction_, fitWidthAction_,
                            fitPageAction_, rotateLeftAction_, rotateRightAction_, findAction_,
                            findNextAction_, findPreviousAction_, printAction_}) {
        action->setEnabled(showing);
    }
    pageSpin_->setEnabled(showing);
    zoomCombo_->setEnabled(showing);
    if (state == State::NeedsPassword) {
        passwordEdit_->clear();
        passwordEdit_->setFocus();
    }
    emit stateChanged(state);
}

QString PdfViewer::message() const
{
    if (state_ == State::Showing) {
        return banner_->isVisible() ? banner_->text() : QString();
    }
    return message_;
}

void PdfViewer::openFile(const QString &path, const QString &displayName)
{
    path_ = path;
    displayName_ = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    emit titleChanged(displayName_);
    load({});
}

void PdfViewer::submitPassword(const QString &password)
{
    if (path_.isEmpty()) {
        return;
    }
    load(password.toUtf8());
}

void PdfViewer::load(const QByteArray &password)
{
    view_->setDocument(nullptr);
    thumbnails_->setDocument(nullptr);
    form_->setDocument(nullptr, {}, {});
    document_.reset();
    banner_->hide();
    setState(State::Loading, tr("Opening %1…").arg(displayName_));
    const quint64 generation = ++loadGeneration_;
    auto *watcher = new QFutureWatcher<Opened>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, password] {
        watcher->deleteLater();
        if (generation != loadGeneration_) {
            return;  // another file (or password) was asked for meanwhile
        }
        const Opened opened = watcher->result();
        if (opened) {
            showDocument(*opened);
            // The form's editors after the first page: reading the fields must not hold up
            // the first image on a machine with few cores.
            const std::shared_ptr<pdf::PdfDocument> document = *opened;
            auto *once = new QObject(this);
            const auto readForm = [this, once, document, password, generation] {
                delete once;
                if (generation == loadGeneration_) {
                    form_->setDocument(document, path_, password);
                }
            };
            connect(view_, &PdfView::pageRendered, once, readForm, Qt::QueuedConnection);
            return;
        }
        // Messages name the file as the user knows it, not the temporary copy.
        const QString message =
            QString(opened.error().message).replace(QFileInfo(path_).fileName(), displayName_);
        switch (opened.error().error) {
        case pdf::PdfError::PasswordRequired:
            setState(State::NeedsPassword,
                     tr("%1 is protected by a password. Enter it to open the document.")
                         .arg(displayName_));
            break;
        case pdf::PdfError::WrongPassword:
            setState(State::NeedsPassword,
                     tr("The password is not correct. Try again: %1 is protected by a "
                        "password.")
                         .arg(displayName_));
            break;
        default:
            setState(State::Failed, message);
            break;
        }
    });
    const QString path = path_;
    // One core stays with the GUI thread, so that scrolling never waits for rendering.
    const int threads = std::clamp(QThread::idealThreadCount() - 1, 1, 4);
    watcher->setFuture(QtConcurrent::run(
        [path, password, threads] { return pdf::PdfDocument::open(path, password, threads); }));
}

void PdfViewer::showDocument(std::shared_ptr<pdf::PdfDocument> document)
{
    document_ = std::move(document);
    view_->setDocument(document_);
    thumbnails_->setDocument(document_);
    const QString notice = document_->notice();
    banner_->setText(notice);
    banner_->setVisible(!notice.isEmpty());
    if (!document_->title().isEmpty()) {
        emit titleChanged(QStringLiteral("%1 – %2").arg(displayName_, document_->title()));
    }
    setState(State::Showing);
    pageSpin_->setRange(1, document_->pageCount());
    updatePageControls();
    updateZoomControls();
    view_->setFocus();
}

void PdfViewer::updatePageControls()
{
    const int count = view_->pageCount();
    pageCountLabel_->setText(tr("of %1").arg(count));
    const QSignalBlocker blocker(pageSpin_);
    pageSpin_->setValue(view_->currentPage() + 1);
}

void PdfViewer::updateZoomControls()
{
    const int percent = int(std::lround(view_->zoom() * 100));
    switch (view_->fit()) {
    case PdfView::Fit::Width:
        zoomCombo_->setCurrentIndex(0);
        break;
    case PdfView::Fit::Page:
        zoomCombo_->setCurrentIndex(1);
        break;
    case PdfView::Fit::None:
        zoomCombo_->setCurrentIndex(-1);
        zoomCombo_->setEditText(QStringLiteral("%1 %").arg(percent));
        break;
    }
    zoomCombo_->setToolTip(tr("Zoom: %1 %").arg(percent));
    zoomInAction_->setEnabled(state_ == State::Showing && view_->zoom() < PdfView::maxZoom);
    zoomOutAction_->setEnabled(state_ == State::Showing && view_->zoom() > PdfView::minZoom);
}

void PdfViewer::zoomChosen(int index)
{
    const int value = zoomCombo_->itemData(index).toInt();
    if (value == -1) {
        view_->setFit(PdfView::Fit::Width);
    } else if (value == -2) {
        view_->setFit(PdfView::Fit::Page);
    } else if (value > 0) {
        view_->setZoom(value / 100.0);
    }
    view_->setFocus();
}

void PdfViewer::zoomTyped()
{
    QString text = zoomCombo_->currentText();
    text.remove(QLatin1Char('%'));
    bool ok = false;
    const double percent = QLocale().toDouble(text.trimmed(), &ok);
    if (ok && percent > 0) {
        view_->setZoom(percent / 100.0);
    }
    updateZoomControls();
    view_->setFocus();
}

void PdfViewer::showSearchBar()
{
    searchBar_->show();
    searchEdit_->setFocus();
    searchEdit_->selectAll();
}

void PdfViewer::hideSearchBar()
{
    searchBar_->hide();
    view_->clearFind();
    view_->setFocus();
}

void PdfViewer::runSearch()
{
    view_->find(searchEdit_->text(), {.caseSensitive = caseSensitive_->isChecked()});
}

void PdfViewer::updateHits(int current, int count)
{
    if (view_->findText().isEmpty()) {
        hitLabel_->clear();
    } else if (count == 0) {
        hitLabel_->setText(view_->isSearching() ? tr("Searching…") : tr("Not found"));
    } else {
        hitLabel_->setText(view_->isSearching() ? tr("%1 of %2 so far").arg(current + 1).arg(count)
                                                : tr("%1 of %2").arg(current + 1).arg(count));
    }
}

void PdfViewer::print()
{
    if (!document_) {
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(displayName_);
    QPrintDialog dialog(printer.get(), this);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange);
    dialog.setMinMax(1, document_->pageCount());
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    printTo(printer);
}

void PdfViewer::printTo(std::shared_ptr<QPrinter> printer)
{
    if (!document_ || printCancel_) {
        emit printFinished(false, tr("Printing is not possible now."));
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    printCancel_ = cancel;
    printAction_->setEnabled(false);
    const int count = document_->pageCount();
    auto *progress =
        new QProgressDialog(tr("Printing %1…").arg(displayName_), tr("Cancel"), 0, count, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(500);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    const QPointer<QProgressDialog> guard(progress);
    const auto onProgress = [guard](int done) {
        QMetaObject::invokeMethod(
            qApp,
            [guard, done] {
                if (guard) {
                    guard->setValue(done);
                }
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress] {
        watcher->deleteLater();
        progress->deleteLater();
        printCancel_.reset();
        printAction_->setEnabled(state_ == State::Showing);
        const QString error = watcher->result();
        emit printFinished(error.isEmpty(), error);
        if (!error.isEmpty()) {
            emit errorOccurred(error);
        }
    });
    const std::shared_ptr<const pdf::PdfDocument> document = document_;
    watcher->setFuture(QtConcurrent::run([document, printer, cancel, onProgress] {
        return printPages(document, *printer, *cancel, onProgress);
    }));
}

void PdfViewer::setFormSaveHandler(std::function<void(const QString &)> handler)
{
    formSaveHandler_ = std::move(handler);
}

void PdfViewer::saveForm()
{
    form_->save(displayName_, [this](const QString &path) {
        emit formSaved(path);
        if (formSaveHandler_) {
            formSaveHandler_(path);
        }
    });
}

}  // namespace workroom::widgets
