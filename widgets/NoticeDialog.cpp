#include "NoticeDialog.h"

#include "NoticeRenderer.h"
#include "NoticeService.h"
#include "NoticeWebSandbox.h"
#include "Workspace.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace workroom::widgets {

namespace {

struct FilingOutcome {
    qint64 versionId = 0;
    QString error;
};

}  // namespace

NoticeDialog::NoticeDialog(casework::Workspace &workspace, domain::Role role, qint64 caseId,
                           Config config, QWidget *parent)
    : QDialog(parent), workspace_(workspace), role_(role), caseId_(caseId),
      config_(std::move(config))
{
    setWindowTitle(tr("New Notice"));
    setObjectName(QStringLiteral("noticeDialog"));

    auto *templatesHeading = new QLabel(tr("&Template:"), this);
    templateList_ = new QListWidget(this);
    templateList_->setObjectName(QStringLiteral("noticeTemplateList"));
    templateList_->setAccessibleName(tr("Notice templates"));
    templatesHeading->setBuddy(templateList_);
    descriptionLabel_ = new QLabel(this);
    descriptionLabel_->setWordWrap(true);
    descriptionLabel_->setForegroundRole(QPalette::PlaceholderText);
    problemsLabel_ = new QLabel(this);
    problemsLabel_->setObjectName(QStringLiteral("noticeProblems"));
    problemsLabel_->setWordWrap(true);
    problemsLabel_->setTextFormat(Qt::RichText);
    problemsLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse
                                            | Qt::TextSelectableByKeyboard);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(templatesHeading);
    leftLayout->addWidget(templateList_, 1);
    leftLayout->addWidget(descriptionLabel_);
    leftLayout->addWidget(problemsLabel_);

    // The view's page must go before the sandbox's profile: the view is deleted first in the
    // destructor.
    sandbox_ = new notices::NoticeWebSandbox(this);
    preview_ = new QWebEngineView(this);
    preview_->setObjectName(QStringLiteral("noticePreview"));
    preview_->setAccessibleName(tr("Preview of the notice"));
    preview_->setContextMenuPolicy(Qt::NoContextMenu);
    preview_->setPage(sandbox_->createPage(preview_));
    preview_->setMinimumWidth(420);
    connect(preview_, &QWebEngineView::loadFinished, this, &NoticeDialog::previewLoaded);
    preview_->installEventFilter(this);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(preview_);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});

    workLabel_ = new QLabel(this);
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 0);
    progress_->setMaximumWidth(160);
    progress_->setAccessibleName(tr("Progress of the notice"));
    workLabel_->hide();
    progress_->hide();

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Close, this);
    createButton_ = buttons_->addButton(tr("&Create Notice"), QDialogButtonBox::AcceptRole);
    createButton_->setObjectName(QStringLiteral("createNoticeButton"));
    createButton_->setDefault(true);
    connect(createButton_, &QPushButton::clicked, this, &NoticeDialog::createNotice);
    connect(buttons_, &QDialogButtonBox::rejected, this, &NoticeDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(workLabel_);
    bottom->addWidget(progress_);
    bottom->addStretch(1);
    bottom->addWidget(buttons_);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(bottom);
    resize(1000, 720);

    renderer_ = new notices::NoticeRenderer(this);
    connect(renderer_, &notices::NoticeRenderer::stageChanged, this,
            [this](notices::NoticeRenderer::Stage stage) {
                if (stage == notices::NoticeRenderer::Stage::Loading) {
                    setWorking(tr("Preparing the notice…"));
                } else if (stage == notices::NoticeRenderer::Stage::Printing) {
                    setWorking(tr("Printing the notice to PDF…"));
                }
            });

    casework::NoticeService service(workspace_, role_);
    auto values = service.values(caseId_, config_.values);
    if (values) {
        values_ = *values;
    } else {
        valuesError_ = values.error().message;
    }
    connect(templateList_, &QListWidget::currentRowChanged, this, &NoticeDialog::templateChosen);
    loadTemplates();
}

NoticeDialog::~NoticeDialog()
{
    delete preview_;  // its page before the sandbox's profile
    preview_ = nullptr;
}

bool NoticeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == preview_ && event->type() == QEvent::Resize) {
        // The whole width of the sheet in view (an A4 page is about 840 CSS pixels wide with
        // its shadow), never enlarged beyond 100 %.
        preview_->setZoomFactor(std::clamp((preview_->width() - 24) / 840.0, 0.25, 1.0));
    }
    return QDialog::eventFilter(watched, event);
}

void NoticeDialog::loadTemplates()
{
    library_.load(config_.systemDirectories.isEmpty()
                      ? notices::NoticeTemplateLibrary::defaultSystemDirectories()
                      : config_.systemDirectories,
                  config_.profileDirectory);
    for (const notices::NoticeTemplate &notice : library_.templates()) {
        auto *item = new QListWidgetItem(notice.title(), templateList_);
        item->setData(Qt::UserRole, notice.id());
        item->setToolTip(
            tr("%1 (%2 template)")
                .arg(notice.description(), notices::NoticeTemplate::sourceName(notice.source())));
    }
    if (templateList_->count() > 0) {
        templateList_->setCurrentRow(0);
    } else {
        templateChosen();
    }
}

QString NoticeDialog::currentTemplateId() const
{
    const QListWidgetItem *item = templateList_->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool NoticeDialog::selectTemplate(const QString &id)
{
    for (int row = 0; row < templateList_->count(); ++row) {
        if (templateList_->item(row)->data(Qt::UserRole).toString() == id) {
            templateList_->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool NoticeDialog::isBusy() const
{
    return renderer_->isBusy() || filing_;
}

void NoticeDialog::templateChosen()
{
    const auto chosen = library_.find(currentTemplateId());
    missing_.clear();
    unknown_.clear();
    if (!chosen) {
        descriptionLabel_->clear();
        preview_->setHtml(QString());
        showProblems();
        return;
    }
    descriptionLabel_->setText(chosen->description());
    const notices::FilledNotice preview = chosen->preview(values_);
    missing_ = preview.missing;
    unknown_ = preview.unknown;
    preview_->page()->setContent(preview.html.toUtf8(), QStringLiteral("text/html;charset=UTF-8"),
                                 notices::NoticeWebSandbox::baseUrl());
    showProblems();
}

void NoticeDialog::showProblems()
{
    QStringList lines;
    if (!valuesError_.isEmpty()) {
        lines.append(valuesError_.toHtmlEscaped());
    }
    if (templateList_->count() == 0) {
        lines.append(tr("No notice templates were found.").toHtmlEscaped());
    }
    for (const auto &problem : library_.problems()) {
        lines.append(problem.message.toHtmlEscaped());
    }
    if (!unknown_.isEmpty()) {
        lines.append(
            QStringLiteral("<b>%1</b> %2")
                .arg(tr("Unknown placeholders (the notice cannot be created):").toHtmlEscaped(),
                     unknown_.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    if (!missing_.isEmpty()) {
        lines.append(QStringLiteral("<b>%1</b> %2")
                         .arg(tr("Empty values (marked in the preview):").toHtmlEscaped(),
                              missing_.join(QStringLiteral(", ")).toHtmlEscaped()));
    }
    problemsLabel_->setText(lines.join(QStringLiteral("<br>")));
    problemsLabel_->setVisible(!lines.isEmpty());
    const bool mayCreate = role_ != domain::Role::Reader && unknown_.isEmpty()
                           && valuesError_.isEmpty() && !currentTemplateId().isEmpty();
    createButton_->setEnabled(mayCreate && !isBusy());
    createButton_->setToolTip(
        role_ == domain::Role::Reader ? tr("Readers cannot add notices to cases.") : QString());
}

void NoticeDialog::setWorking(const QString &text)
{
    workLabel_->setText(text);
    workLabel_->show();
    progress_->show();
    createButton_->setEnabled(false);
    templateList_->setEnabled(false);
    buttons_->button(QDialogButtonBox::Close)->setText(filing_ ? tr("Close") : tr("Cancel"));
}

void NoticeDialog::finishWork(const QString &error)
{
    workLabel_->hide();
    progress_->hide();
    templateList_->setEnabled(true);
    buttons_->button(QDialogButtonBox::Close)->setText(tr("Close"));
    showProblems();
    if (!error.isEmpty()) {
        emit failed(error);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The notice was not created"), error,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("noticeError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void NoticeDialog::createNotice()
{
    if (isBusy() || role_ == domain::Role::Reader) {
        return;
    }
    const auto chosen = library_.find(currentTemplateId());
    if (!chosen) {
        return;
    }
    casework::NoticeService service(workspace_, role_);
    auto prepared = service.prepare(caseId_, *chosen, config_.values);
    if (!prepared) {
        finishWork(prepared.error().message);
        return;
    }
    if (!prepared->missing.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Empty values"),
            tr("These values of the notice are empty: %1.\n\nCreate the notice anyway?")
                .arg(prepared->missing.join(QStringLiteral(", "))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            return;
        }
    }
    setWorking(tr("Preparing the notice…"));
    renderer_->render(prepared->html, [this, notice = *prepared](
                                          const notices::NoticeResult<QByteArray> &pdf) {
        if (!pdf) {
            finishWork(pdf.error().code == notices::NoticeErrorCode::Cancelled
                           ? QString()
                           : pdf.error().message);
            return;
        }
        // Filing writes the blob (fsync) and the database: on a worker with its own store.
        filing_ = true;
        setWorking(tr("Filing the notice in the case…"));
        auto *watcher = new QFutureWatcher<FilingOutcome>(this);
        connect(watcher, &QFutureWatcher<FilingOutcome>::finished, this, [this, watcher, notice] {
            const FilingOutcome outcome = watcher->result();
            watcher->deleteLater();
            filing_ = false;
            finishWork(outcome.error);
            if (outcome.error.isEmpty()) {
                emit noticeFiled(notice.caseId, outcome.versionId, notice.title);
                accept();
            }
        });
        watcher->setFuture(
            QtConcurrent::run([profileDir = workspace_.profileDir(), actor = workspace_.actor(),
                               role = role_, notice, bytes = *pdf]() -> FilingOutcome {
                auto store = casework::Workspace::open(profileDir, actor);
                if (!store) {
                    return {0, store.error().message};
                }
                auto filed = casework::NoticeService(**store, role).file(notice, bytes);
                if (!filed) {
                    return {0, filed.error().message};
                }
                return {filed->id, {}};
            }));
    });
}

void NoticeDialog::reject()
{
    if (filing_) {
        return;  // a moment; closing now would leave the user unsure whether it was filed
    }
    if (renderer_->isBusy()) {
        renderer_->cancel();
        return;
    }
    QDialog::reject();
}

}  // namespace workroom::widgets
