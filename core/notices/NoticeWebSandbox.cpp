#include "NoticeWebSandbox.h"

#include "NoticeError.h"

#include <QCoreApplication>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>

#include <unistd.h>

namespace workroom::notices {

NoticeRequestGuard::NoticeRequestGuard(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

bool NoticeRequestGuard::isAllowed(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1StringView("data")) {
        return true;
    }
    if (scheme == QLatin1StringView("qrc")) {
        // Only the notices' own resources, not the application's other ones.
        const QString path = QUrl(url.adjusted(QUrl::NormalizePathSegments)).path();
        return path.startsWith(QLatin1StringView("/notices/"))
               && !path.contains(QLatin1StringView(".."));
    }
    return false;
}

void NoticeRequestGuard::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (isAllowed(info.requestUrl())) {
        return;
    }
    info.block(true);
    ++blocked_;
    qCInfo(lcNotices) << "blocked a" << info.requestUrl().scheme() << "request of a notice";
}

NoticePage::NoticePage(QWebEngineProfile *profile, QObject *parent)
    : QWebEnginePage(profile, parent)
{
    NoticeWebSandbox::restrict(settings());
}

bool NoticePage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // The notice is loaded by setHtml as a data: URL; links, forms and redirects go nowhere.
    Q_UNUSED(isMainFrame);
    const bool ours =
        type == NavigationTypeTyped || type == NavigationTypeOther || type == NavigationTypeReload;
    return ours && url.scheme() == QLatin1StringView("data");
}

void NoticePage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                          const QString &)
{
    // JavaScript is off; whatever the engine reports here is not for the user's terminal.
}

NoticeWebSandbox::NoticeWebSandbox(QObject *parent)
    : QObject(parent), guard_(new NoticeRequestGuard(this)),
      profile_(new QWebEngineProfile(this))  // no storage name: off the record
{
    profile_->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile_->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    profile_->setUrlRequestInterceptor(guard_);
    restrict(profile_->settings());
    connect(profile_, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });
}

NoticeWebSandbox::~NoticeWebSandbox()
{
    // Pages created with this parent go first; the profile must outlive them.
    const auto pages = findChildren<QWebEnginePage *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(pages);
}

NoticePage *NoticeWebSandbox::createPage(QObject *parent)
{
    auto *page = new NoticePage(profile_, parent ? parent : this);
    page->setUrlRequestInterceptor(guard_);
    return page;
}

QUrl NoticeWebSandbox::baseUrl()
{
    return QUrl(QStringLiteral("qrc:/notices/"));
}

void NoticeWebSandbox::restrict(QWebEngineSettings *settings)
{
    using S = QWebEngineSettings;
    for (const S::WebAttribute off : {S::JavascriptEnabled,
                                      S::JavascriptCanOpenWindows,
                                      S::JavascriptCanAccessClipboard,
                                      S::JavascriptCanPaste,
                                      S::LocalStorageEnabled,
                                      S::LocalContentCanAccessRemoteUrls,
                                      S::LocalContentCanAccessFileUrls,
                                      S::HyperlinkAuditingEnabled,
                                      S::ErrorPageEnabled,
                                      S::PluginsEnabled,
                                      S::FullScreenSupportEnabled,
                                      S::ScreenCaptureEnabled,
                                      S::WebGLEnabled,
                                      S::AutoLoadIconsForPage,
                                      S::TouchIconsEnabled,
                                      S::AllowRunningInsecureContent,
                                      S::AllowGeolocationOnInsecureOrigins,
                                      S::AllowWindowActivationFromJavaScript,
                                      S::DnsPrefetchEnabled,
                                      S::PdfViewerEnabled,
                                      S::NavigateOnDropEnabled,
                                      S::WebRTCPublicInterfacesOnly,
                                      S::ForceDarkMode}) {
        settings->setAttribute(off, off == S::WebRTCPublicInterfacesOnly);
    }
    settings->setAttribute(S::AutoLoadImages, true);  // data: and bundled images only
    settings->setAttribute(S::PrintElementBackgrounds, true);
    settings->setUnknownUrlSchemePolicy(S::DisallowUnknownUrlSchemes);
    settings->setDefaultTextEncoding(QStringLiteral("utf-8"));
}

void prepareWebEngineProcess(bool headless)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (headless && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")
        && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    if (::geteuid() == 0) {
        QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
        if (!flags.contains("--no-sandbox")) {
            flags = flags.isEmpty() ? QByteArray("--no-sandbox") : flags + " --no-sandbox";
            qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
        }
    }
}

}  // namespace workroom::notices
