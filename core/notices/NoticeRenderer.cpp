#include "NoticeRenderer.h"

#include "NoticeWebSandbox.h"

#include <QGuiApplication>
#include <QMarginsF>
#include <QPageSize>

namespace workroom::notices {

NoticeRenderer::NoticeRenderer(QObject *parent)
    : QObject(parent), sandbox_(new NoticeWebSandbox(this))
{
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        finish(std::unexpected(NoticeError{
            NoticeErrorCode::Timeout,
            stage_ == Stage::Loading
                ? NoticeText::tr("The notice could not be prepared for printing in time.")
                : NoticeText::tr("The notice could not be printed to PDF in time."),
            {}}));
    });
}

NoticeRenderer::~NoticeRenderer()
{
    done_ = {};  // nobody to tell any more
    delete page_.data();
}

QPageLayout NoticeRenderer::defaultPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(25.0, 15.0, 20.0, 15.0), QPageLayout::Millimeter);
}

int NoticeRenderer::blockedRequests() const
{
    return sandbox_->guard().blockedCount();
}

void NoticeRenderer::setStage(Stage stage)
{
    if (stage_ != stage) {
        stage_ = stage;
        emit stageChanged(stage);
    }
}

void NoticeRenderer::render(const QString &html, Done done)
{
    render(html, std::move(done), Options());
}

void NoticeRenderer::render(const QString &html, Done done, const Options &options)
{
    if (isBusy()) {
        done(std::unexpected(
            NoticeError{NoticeErrorCode::Busy,
                        NoticeText::tr("Another notice is being printed; try again when it is "
                                       "done."),
                        {}}));
        return;
    }
    const QByteArray bytes = html.toUtf8();
    if (bytes.size() > maxHtmlBytes) {
        done(std::unexpected(NoticeError{
            NoticeErrorCode::TooLarge,
            NoticeText::tr("The notice is too large to print (%1 KiB; at most %2 KiB). Embed "
                           "smaller images in the template.")
                .arg(bytes.size() / 1024)
                .arg(maxHtmlBytes / 1024),
            {}}));
        return;
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        done(std::unexpected(
            NoticeError{NoticeErrorCode::LoadFailed,
                        NoticeText::tr("Notices can only be printed in a graphical application."),
                        {}}));
        return;
    }
    options_ = options;
    done_ = std::move(done);
    ++generation_;
    delete page_.data();
    page_ = sandbox_->createPage();  // the sandbox deletes its pages before its profile
    connect(page_, &QWebEnginePage::loadFinished, this, &NoticeRenderer::loaded);
    connect(page_, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                if (status == QWebEnginePage::NormalTerminationStatus) {
                    return;
                }
                qCWarning(lcNotices)
                    << "the web engine's renderer ended while printing a notice:" << status
                    << exitCode;
                finish(std::unexpected(
                    NoticeError{NoticeErrorCode::RendererCrashed,
                                NoticeText::tr("The web engine stopped while printing the notice."),
                                {}}));
            });
    setStage(Stage::Loading);
    timer_.start(options_.timeoutMs);
    page_->setContent(bytes, QStringLiteral("text/html;charset=UTF-8"),
                      NoticeWebSandbox::baseUrl());
}

void NoticeRenderer::loaded(bool ok)
{
    if (stage_ != Stage::Loading) {
        return;
    }
    if (!ok) {
        finish(
            std::unexpected(NoticeError{NoticeErrorCode::LoadFailed,
                                        NoticeText::tr("The web engine could not load the notice."),
                                        {}}));
        return;
    }
    setStage(Stage::Printing);
    timer_.start(options_.timeoutMs);
    const quint64 generation = generation_;
    page_->printToPdf(
        [this, generation, guard = QPointer<NoticeRenderer>(this)](const QByteArray &pdf) {
            if (!guard || generation != generation_ || stage_ != Stage::Printing) {
                return;  // cancelled, timed out or superseded meanwhile
            }
            if (pdf.isEmpty() || !pdf.startsWith("%PDF-")) {
                finish(std::unexpected(
                    NoticeError{NoticeErrorCode::PrintFailed,
                                NoticeText::tr("The web engine produced no PDF for the notice."),
                                {}}));
                return;
            }
            finish(pdf);
        },
        options_.layout);
}

void NoticeRenderer::cancel()
{
    if (isBusy()) {
        finish(std::unexpected(NoticeError{
            NoticeErrorCode::Cancelled, NoticeText::tr("Printing the notice was cancelled."), {}}));
    }
}

void NoticeRenderer::finish(const NoticeResult<QByteArray> &result)
{
    timer_.stop();
    ++generation_;
    if (page_) {
        page_->disconnect(this);
        page_->triggerAction(QWebEnginePage::Stop);
        page_->deleteLater();
        page_.clear();
    }
    setStage(Stage::Idle);
    if (!result) {
        qCInfo(lcNotices) << "printing a notice failed:" << int(result.error().code);
    }
    if (Done done = std::exchange(done_, {})) {
        done(result);
    }
}

}  // namespace workroom::notices
