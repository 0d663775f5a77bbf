#pragma once

#include <QObject>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>

#include <atomic>

class QWebEngineProfile;
class QWebEngineSettings;

namespace workroom::notices {

// Refuses every request but the notice itself (a data: URL) and the bundled letter style
// under qrc:/notices/. A notice must not reach the network or the file system: a template
// could otherwise leak case data in a URL or embed local files.
class NoticeRequestGuard : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    explicit NoticeRequestGuard(QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

    static bool isAllowed(const QUrl &url);
    // How many requests were refused (the URLs are not kept: they may carry case data).
    int blockedCount() const { return blocked_.load(); }

private:
    std::atomic_int blocked_{0};
};

// A page that follows no link and opens no window: the notice is all it ever shows.
class NoticePage : public QWebEnginePage {
    Q_OBJECT

public:
    NoticePage(QWebEngineProfile *profile, QObject *parent = nullptr);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceID) override;
};

// The web engine set-up that the renderer and the preview share: an off-the-record profile
// (nothing written to disk: no cache, no cookies), JavaScript, plugins and remote or file
// access switched off, and the request guard on the profile and on each page.
// Delete the pages before the sandbox: a profile must outlive its pages.
class NoticeWebSandbox : public QObject {
    Q_OBJECT

public:
    explicit NoticeWebSandbox(QObject *parent = nullptr);
    ~NoticeWebSandbox() override;

    QWebEngineProfile *profile() const { return profile_; }
    const NoticeRequestGuard &guard() const { return *guard_; }
    // A new locked-down page on the sandbox's profile.
    NoticePage *createPage(QObject *parent = nullptr);

    // The base URL a notice is loaded with, so that templates may link the bundled style
    // ("letter.css").
    static QUrl baseUrl();
    static void restrict(QWebEngineSettings *settings);

private:
    NoticeRequestGuard *guard_ = nullptr;
    QWebEngineProfile *profile_ = nullptr;
};

// Sets up the process for Qt WebEngine before the application object is constructed:
// shares OpenGL contexts (required by WebEngine), and when running as root adds
// --no-sandbox to QTWEBENGINE_CHROMIUM_FLAGS, because Chromium's sandbox refuses to start as
// root (build roots, containers). With `headless`, chooses the offscreen platform when no
// display is there and QT_QPA_PLATFORM is unset.
void prepareWebEngineProcess(bool headless);

}  // namespace workroom::notices
