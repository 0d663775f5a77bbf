// `workroomctl verify FILE.pdf` (signatures embedded in PDFs) and `--crl-url`, as a script
// runs them: exit codes, text and JSON, warnings on stderr. The PDFs are signed by openssl
// through SignedPdfMaker; the revocation list is served by a local HTTP server.

#include "SignedPdfMaker.h"
#include "TestPki.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

}  // namespace

class TestPdfSigCommands : public QObject {
    Q_OBJECT

    TestPki pki_;
    QString trust_;
    int files_ = 0;
    std::unique_ptr<QHttpServer> server_;
    quint16 port_ = 0;

    QString crlUrl() const { return QStringLiteral("http://127.0.0.1:%1/crl").arg(port_); }

    bool startServer()
    {
        server_ = std::make_unique<QHttpServer>();
        const QByteArray crl = readBytes(pki_.path(QStringLiteral("crl.pem")));
        server_->route(QStringLiteral("/crl"),
                       [crl] { return QHttpServerResponse("application/pkix-crl", crl); });
        auto *tcp = new QTcpServer;
        if (!tcp->listen(QHostAddress::LocalHost, port_) || !server_->bind(tcp)) {
            delete tcp;
            return false;
        }
        port_ = tcp->serverPort();
        return true;
    }

    // Runs workroomctl while this thread's event loop keeps serving HTTP.
    Run ctl(const QString &profile, const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(WORKROOMCTL_PATH),
                      QStringList{QStringLiteral("--profile"), profile} + arguments);
        Run run;
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            process.waitForFinished(20);
        }
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    SignedPdfMaker::Sign openssl(const QString &name)
    {
        return [this, name](const QByteArray &content) -> std::optional<QByteArray> {
            const QString in = pki_.scratch(QStringLiteral("content.bin"));
            const QString out = pki_.scratch(QStringLiteral("content.p7s"));
            QFile::remove(out);
            if (!writeBytes(in, content)
                || !pki_.opensslSign(name, QStringLiteral("inter-rsa.pem"), in, out)) {
                return std::nullopt;
            }
            return readBytes(out);
        };
    }

    QString save(const QByteArray &bytes)
    {
        const QString path = pki_.scratch(QStringLiteral("Bescheid-%1.pdf").arg(++files_));
        return writeBytes(path, bytes) ? path : QString();
    }

    QStringList verify(const QString &pdf, const QStringList &extra = {})
    {
        return QStringList{QStringLiteral("verify"), pdf, QStringLiteral("--trust-dir"), trust_,
                           QStringLiteral("--json")}
               + extra;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        trust_ = pki_.scratch(QStringLiteral("trust"));
        QDir().mkpath(trust_);
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            trust_ + QStringLiteral("/root.pem")));
        QVERIFY(startServer());
    }

    void validChangedAndExtendedPdfs()
    {
        const QString profile = pki_.scratch(QStringLiteral("profile-a"));
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(openssl(QStringLiteral("signer-rsa"))));
        const QString valid = save(maker.bytes());
        Run run = ctl(profile, verify(valid));
        QCOMPARE(run.exitCode, 0);
        QJsonObject object = run.json();
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QJsonArray signatures = object.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(signatures.size(), 1);
        QJsonObject first = signatures.first().toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(first.value(QStringLiteral("field")).toString(), QStringLiteral("Unterschrift"));
        QVERIFY(first.value(QStringLiteral("coversWholeFile")).toBool());
        QCOMPARE(first.value(QStringLiteral("byteRange")).toArray().size(), 4);
        QCOMPARE(first.value(QStringLiteral("poppler")).toString(), QStringLiteral("valid"));

        // Text output, as a person reads it.
        run =
            ctl(profile, {QStringLiteral("verify"), valid, QStringLiteral("--trust-dir"), trust_});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("#1 Unterschrift: valid: Signed by Erika Mustermann"),
                 run.out.constData());

        QByteArray bytes = maker.bytes();
        bytes[maker.pageTextOffset()] = 'X';
        run = ctl(profile, verify(save(bytes)));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
        first = run.json().value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(),
                 QStringLiteral("document_changed"));

        maker.appendInformationUpdate();
        run = ctl(profile, verify(save(maker.bytes())));
        QCOMPARE(run.exitCode, 0);
        first = run.json().value(QStringLiteral("signatures")).toArray().first().toObject();
        QVERIFY(!first.value(QStringLiteral("coversWholeFile")).toBool());
    }

    void unsignedPdfFails()
    {
        const QString profile = pki_.scratch(QStringLiteral("profile-b"));
        const Run run = ctl(profile, verify(save(SignedPdfMaker().bytes())));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("unsigned"));
        QVERIFY(run.json().value(QStringLiteral("signatures")).toArray().isEmpty());
    }

    void revocationListFromUrlThenFromCache()
    {
        const QString profile = pki_.scratch(QStringLiteral("profile-c"));
        SignedPdfMaker maker;
        QVERIFY(maker.addSignature(openssl(QStringLiteral("revoked-rsa"))));
        const QString revoked = save(maker.bytes());
        SignedPdfMaker other;
        QVERIFY(other.addSignature(openssl(QStringLiteral("signer-rsa"))));
        const QString valid = save(other.bytes());

        Run run = ctl(profile, verify(revoked, {QStringLiteral("--crl-url"), crlUrl()}));
        QCOMPARE(run.exitCode, 3);
        QJsonObject first =
            run.json().value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        run = ctl(profile, verify(valid, {QStringLiteral("--crl-url"), crlUrl()}));
        QCOMPARE(run.exitCode, 0);
        first = run.json().value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("revocation")).toString(), QStringLiteral("checked"));

        // The server is down: the cached copy still finds the revoked signer, with a warning.
        server_.reset();
        run = ctl(profile, verify(revoked, {QStringLiteral("--crl-url"), crlUrl()}));
        QCOMPARE(run.exitCode, 3);
        first = run.json().value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QVERIFY2(run.err.contains("using the copy from"), run.err.constData());

        // A profile that never downloaded it: valid, but said loudly that revocation is unknown.
        run = ctl(pki_.scratch(QStringLiteral("profile-d")),
                  verify(revoked, {QStringLiteral("--crl-url"), crlUrl()}));
        QCOMPARE(run.exitCode, 0);
        first = run.json().value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QCOMPARE(first.value(QStringLiteral("revocation")).toString(),
                 QStringLiteral("unavailable"));
        QVERIFY(first.value(QStringLiteral("reason"))
                    .toString()
                    .contains(QStringLiteral("could not be checked")));
        QVERIFY2(run.err.contains("no copy is stored"), run.err.constData());
        QVERIFY(startServer());
    }
};

QTEST_GUILESS_MAIN(TestPdfSigCommands)
#include "tst_pdfsigcommands.moc"
