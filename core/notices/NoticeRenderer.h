#pragma once

#include "NoticeError.h"

#include <QByteArray>
#include <QObject>
#include <QPageLayout>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace workroom::notices {

class NoticePage;
class NoticeWebSandbox;

// Prints a filled notice (HTML) to PDF with Qt WebEngine, in the sandbox that NoticeWebSandbox
// sets up: no JavaScript, no network, no files. Asynchronous: render() returns at once and the
// callback comes later on the same (GUI) thread, exactly once, also on failure or timeout.
// Needs a QGuiApplication (or QApplication). One notice at a time per renderer.
class NoticeRenderer : public QObject {
    Q_OBJECT

public:
    enum class Stage { Idle, Loading, Printing };
    Q_ENUM(Stage)

    struct Options {
        QPageLayout layout = defaultPageLayout();
        int timeoutMs = 60000;  // for loading and for printing, each
    };
    using Done = std::function<void(const NoticeResult<QByteArray> &pdf)>;

    explicit NoticeRenderer(QObject *parent = nullptr);
    ~NoticeRenderer() override;

    // A4 portrait with margins for a letter (DIN 5008: 25 mm left, 20 mm right); templates may
    // set their own with CSS @page.
    static QPageLayout defaultPageLayout();
    // The web engine takes the notice as a data URL of at most 2 MB.
    static constexpr qint64 maxHtmlBytes = 1536 * 1024;

    void render(const QString &html, Done done);
    void render(const QString &html, Done done, const Options &options);
    // Ends a running render with Cancelled.
    void cancel();
    bool isBusy() const { return stage_ != Stage::Idle; }
    Stage stage() const { return stage_; }
    // Requests refused by the sandbox since this renderer was made.
    int blockedRequests() const;

signals:
    void stageChanged(workroom::notices::NoticeRenderer::Stage stage);

private:
    void setStage(Stage stage);
    void finish(const NoticeResult<QByteArray> &result);
    void loaded(bool ok);

    NoticeWebSandbox *sandbox_ = nullptr;
    QPointer<NoticePage> page_;
    QTimer timer_;
    Options options_;
    Done done_;
    Stage stage_ = Stage::Idle;
    quint64 generation_ = 0;  // tells a late callback of an earlier render from the current one
};

}  // namespace workroom::notices
