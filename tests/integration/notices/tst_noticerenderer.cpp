#include "AuditLog.h"
#include "NoticeRenderer.h"
#include "NoticeService.h"
#include "NoticeTemplateLibrary.h"
#include "NoticeWebSandbox.h"
#include "OneCase.h"
#include "PdfTextExtractor.h"
#include "Why.h"
#include "Workspace.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace workroom;
using notices::NoticeRenderer;
using notices::NoticeResult;
using notices::NoticeTemplate;

namespace {

const QString hostile = QStringLiteral("<script>alert(1)</script> & \"Müller\"");

// Renders and waits; the renderer's callback must come exactly once.
NoticeResult<QByteArray> renderNow(NoticeRenderer &renderer, const QString &html,
                                   int timeoutMs = 60000)
{
    std::optional<NoticeResult<QByteArray>> result;
    int calls = 0;
    NoticeRenderer::Options options;
    options.timeoutMs = timeoutMs;
    renderer.render(
        html,
        [&](const NoticeResult<QByteArray> &pdf) {
            ++calls;
            result = pdf;
        },
        options);
    QDeadlineTimer deadline(2 * timeoutMs + 5000);
    while (!result && !deadline.hasExpired()) {
        QTest::qWait(20);
    }
    if (!result) {
        qFatal("the renderer never called back");
    }
    QTest::qWait(50);
    if (calls != 1) {
        qFatal("the renderer called back %d times", calls);
    }
    return *result;
}

QString pdfText(const QByteArray &pdf, const QString &dir)
{
    const QString path = dir + QStringLiteral("/notice.pdf");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size()) {
        return {};
    }
    file.close();
    auto text = pdf::extractPdfText(path);
    return text ? text->text : QString();
}

}  // namespace

class TestNoticeRenderer : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;

private slots:
    void renderedTextHoldsTheEscapedValuesLiterally()
    {
        const auto notice = NoticeTemplate::parse(
            QStringLiteral("t"),
            "<html><head><title>T</title><link rel=\"stylesheet\" href=\"letter.css\"></head>"
            "<body><p>Betreff: {{case.subject}}</p><p>An: {{applicant.full_name}}</p></body>"
            "</html>");
        QVERIFY2(notice, why(notice));
        notices::NoticeValues values;
        values.insert(QStringLiteral("case.subject"), hostile);
        values.insert(QStringLiteral("applicant.full_name"), QStringLiteral("Käthe Großmuster"));
        auto filled = notice->fill(values);
        QVERIFY2(filled, why(filled));

        NoticeRenderer renderer;
        const auto pdf = renderNow(renderer, filled->html);
        QVERIFY2(pdf, why(pdf));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString text = pdfText(*pdf, tmp_.path());
        QVERIFY2(text.contains(QStringLiteral("Betreff: ") + hostile), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("An: Käthe Großmuster")));
        QVERIFY(!renderer.isBusy());
    }

    void javaScriptDoesNotRun()
    {
        const QString html = QStringLiteral(
            "<html><body><p id=\"p\">Original text</p>"
            "<script>document.getElementById('p').textContent = 'Changed by script';</script>"
            "<noscript><p>Scripts are off</p></noscript>"
            "<img src=\"x\" onerror=\"document.body.textContent='Changed by handler'\">"
            "</body></html>");
        NoticeRenderer renderer;
        const auto pdf = renderNow(renderer, html);
        QVERIFY2(pdf, why(pdf));
        const QString text = pdfText(*pdf, tmp_.path());
        QVERIFY2(text.contains(QStringLiteral("Original text")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Scripts are off")));
        QVERIFY(!text.contains(QStringLiteral("Changed")));
    }

    void remoteAndFileLoadsAreBlocked()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        int connections = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                ++connections;
                socket->close();
            }
        });
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort());
        const QString html =
            QStringLiteral("<html><head><link rel=\"stylesheet\" href=\"%1/style.css\">"
                           "<link rel=\"prefetch\" href=\"%1/prefetch\">"
                           "<meta http-equiv=\"refresh\" content=\"0; url=%1/refresh\"></head>"
                           "<body style=\"background:url(%1/bg.png)\"><p>Notice body</p>"
                           "<img src=\"%1/x.png\"><iframe src=\"%1/frame\"></iframe>"
                           "<img src=\"file:///etc/hostname\"><img src=\"qrc:/i18n/x\">"
                           "</body></html>")
                .arg(base);
        NoticeRenderer renderer;
        const auto pdf = renderNow(renderer, html);
        QVERIFY2(pdf, why(pdf));
        QTest::qWait(500);  // a late request would arrive now
        QCOMPARE(connections, 0);
        QVERIFY(renderer.blockedRequests() >= 4);
        QVERIFY(pdfText(*pdf, tmp_.path()).contains(QStringLiteral("Notice body")));
    }

    void guardAllowsOnlyTheNoticeAndItsStyle()
    {
        using G = notices::NoticeRequestGuard;
        QVERIFY(G::isAllowed(QUrl(QStringLiteral("data:text/html,x"))));
        QVERIFY(G::isAllowed(QUrl(QStringLiteral("qrc:/notices/letter.css"))));
        QVERIFY(!G::isAllowed(QUrl(QStringLiteral("qrc:/notices/../i18n/workroom_de.qm"))));
        QVERIFY(!G::isAllowed(QUrl(QStringLiteral("qrc:/icons/workroom.svg"))));
        QVERIFY(!G::isAllowed(QUrl(QStringLiteral("file:///etc/passwd"))));
        QVERIFY(!G::isAllowed(QUrl(QStringLiteral("https://example.org/"))));
        QVERIFY(!G::isAllowed(QUrl(QStringLiteral("ws://127.0.0.1:1/"))));
    }

    void tooLargeAndBusyAreRefused()
    {
        NoticeRenderer renderer;
        const auto big =
            renderNow(renderer, QString(int(NoticeRenderer::maxHtmlBytes) + 1, QLatin1Char('a')));
        QVERIFY(!big);
        QCOMPARE(big.error().code, notices::NoticeErrorCode::TooLarge);

        std::optional<NoticeResult<QByteArray>> first;
        renderer.render(QStringLiteral("<p>one</p>"),
                        [&](const NoticeResult<QByteArray> &pdf) { first = pdf; });
        std::optional<NoticeResult<QByteArray>> second;
        renderer.render(QStringLiteral("<p>two</p>"),
                        [&](const NoticeResult<QByteArray> &pdf) { second = pdf; });
        QVERIFY(second && !*second);
        QCOMPARE(second->error().code, notices::NoticeErrorCode::Busy);
        renderer.cancel();
        QVERIFY(first && !*first);
        QCOMPARE(first->error().code, notices::NoticeErrorCode::Cancelled);
        // Usable again afterwards.
        QVERIFY(renderNow(renderer, QStringLiteral("<p>three</p>")));
    }

    void noticeIsFiledInTheCase()
    {
        auto workspace = casework::Workspace::open(tmp_.filePath(QStringLiteral("profile")),
                                                   QStringLiteral("e.beispiel"));
        QVERIFY2(workspace, why(workspace));
        auto created = createOneCase((*workspace)->cases(), hostile);
        QVERIFY2(created, why(created));
        domain::Party applicant;
        applicant.role = QStringLiteral("Antragsteller/in");
        applicant.givenName = QStringLiteral("Käthe");
        applicant.familyName = QStringLiteral("Großmuster & <b>Söhne</b>");
        applicant.street = QStringLiteral("Beispielweg 7");
        applicant.postalCode = QStringLiteral("01067");
        applicant.city = QStringLiteral("Musterstadt");
        QVERIFY((*workspace)->cases().addParty(created->id, applicant, QStringLiteral("x")));

        notices::NoticeTemplateLibrary library;
        library.load({}, {});
        const auto melde = library.find(QStringLiteral("meldebescheinigung"));
        QVERIFY(melde);
        casework::NoticeService service(**workspace, domain::Role::Clerk);
        const QHash<QString, QString> configured = casework::NoticeService::demoAuthority();

        NoticeRenderer renderer;
        std::optional<storage::Result<domain::DocumentVersion>> filed;
        service.create(created->id, *melde, configured, true, renderer,
                       [&](const storage::Result<domain::DocumentVersion> &r) { filed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(filed.has_value(), 60000);
        QVERIFY2(*filed, why(*filed));

        auto documents = (*workspace)->cases().documents(created->id);
        QVERIFY(documents && documents->size() == 1);
        QCOMPARE(documents->first().kind, domain::DocumentKind::Notice);
        QCOMPARE(documents->first().title, QStringLiteral("Meldebescheinigung"));
        const auto &version = documents->first().versions.first();
        QCOMPARE(version.mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(version.originalFileName.endsWith(QStringLiteral(".pdf")), true);
        auto text = pdf::extractPdfText((*workspace)->blobs().pathOf(version.sha256));
        QVERIFY(text);
        QVERIFY2(text->text.contains(QStringLiteral("Großmuster & <b>Söhne</b>")),
                 qPrintable(text->text));
        QVERIFY(text->text.contains(hostile));
        QVERIFY(text->text.contains(QStringLiteral("Stadt Musterstadt")));

        auto history = (*workspace)->cases().history(created->id);
        QVERIFY(history);
        const bool audited = std::ranges::any_of(*history, [](const storage::AuditEntry &e) {
            return e.action == QLatin1StringView("notice.create")
                   && e.detail.value(QStringLiteral("template")).toString()
                          == QLatin1StringView("meldebescheinigung");
        });
        QVERIFY(audited);
        // The notice is findable by its text.
        QVERIFY((*workspace)->checkConsistency());

        // Readers file nothing.
        casework::NoticeService reader(**workspace, domain::Role::Reader);
        std::optional<storage::Result<domain::DocumentVersion>> refused;
        reader.create(created->id, *melde, configured, true, renderer,
                      [&](const storage::Result<domain::DocumentVersion> &r) { refused = r; });
        QVERIFY(refused && !*refused);
    }
};

int main(int argc, char *argv[])
{
    workroom::notices::prepareWebEngineProcess(true);
    QGuiApplication app(argc, argv);
    TestNoticeRenderer test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_noticerenderer.moc"
