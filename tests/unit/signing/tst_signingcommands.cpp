#include "TestPki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

}  // namespace

// The signing commands as a script runs them through workroomctl: exit codes, the
// passphrase from the environment or stdin, JSON output.
class TestSigningCommands : public QObject {
    Q_OBJECT

    TestPki pki_;
    QString profile_;
    QString trust_;
    QString document_;

    Run ctl(const QStringList &arguments, const QByteArray &stdinBytes = {},
            const QByteArray &passphrase = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("WORKROOM_PASSPHRASE"));
        if (!passphrase.isNull()) {
            environment.insert(QStringLiteral("WORKROOM_PASSPHRASE"),
                               QString::fromUtf8(passphrase));
        }
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(WORKROOMCTL_PATH),
                      QStringList{QStringLiteral("--profile"), profile_} + arguments);
        process.write(stdinBytes);
        process.closeWriteChannel();
        Run run;
        if (!process.waitForFinished(120000)) {
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(pki_.generate(), qUtf8Printable(pki_.error()));
        profile_ = pki_.scratch(QStringLiteral("profile"));
        trust_ = pki_.scratch(QStringLiteral("trust"));
        QDir().mkpath(trust_);
        QVERIFY(QFile::copy(pki_.path(QStringLiteral("root.pem")),
                            trust_ + QStringLiteral("/root.pem")));
        document_ = pki_.scratch(QStringLiteral("Bescheid.txt"));
        QVERIFY(writeBytes(document_, "Bescheid\n"));
    }

    void helpNamesThePassphraseSources()
    {
        const Run run = ctl({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("WORKROOM_PASSPHRASE"));
        QVERIFY(run.out.contains("standard input"));
    }

    void importsShowsAndLists()
    {
        // Passphrase from stdin (not a terminal here); a wrong one fails with exit code 1.
        Run wrong = ctl({QStringLiteral("cert"), QStringLiteral("import"),
                         pki_.path(QStringLiteral("signer-rsa.p12"))},
                        "wrong\n");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("passphrase"), wrong.err.constData());

        Run imported = ctl({QStringLiteral("cert"), QStringLiteral("import"),
                            pki_.path(QStringLiteral("signer-rsa.p12")),
                            QStringLiteral("--identity"), QStringLiteral("erika")},
                           pki_.passphrase() + '\n');
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(imported.out.contains("Erika Mustermann"));

        Run ec = ctl({QStringLiteral("cert"), QStringLiteral("import"),
                      pki_.path(QStringLiteral("signer-ec.p12")), QStringLiteral("--identity"),
                      QStringLiteral("max")},
                     {}, pki_.passphrase());
        QVERIFY2(ec.exitCode == 0, ec.err.constData());

        Run shown = ctl({QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("max"),
                         QStringLiteral("--json")});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject identity = shown.json();
        QCOMPARE(identity.value(QStringLiteral("backend")).toString(), QStringLiteral("openssl"));
        const QJsonObject certificate = identity.value(QStringLiteral("certificate")).toObject();
        QCOMPARE(certificate.value(QStringLiteral("publicKey")).toString(),
                 QStringLiteral("EC P-256"));
        QCOMPARE(certificate.value(QStringLiteral("keyUsage")).toArray().size(), 2);
        QCOMPARE(identity.value(QStringLiteral("chain")).toArray().size(), 2);

        Run listed =
            ctl({QStringLiteral("cert"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);

        QCOMPARE(ctl({QStringLiteral("cert"), QStringLiteral("show"), QStringLiteral("nobody")})
                     .exitCode,
                 1);
        QCOMPARE(ctl({QStringLiteral("cert"), QStringLiteral("frobnicate")}).exitCode, 2);
    }

    void signsAndVerifies()
    {
        const QString p7s = pki_.scratch(QStringLiteral("Bescheid.final.p7s"));
        Run signedRun =
            ctl({QStringLiteral("sign"), document_, QStringLiteral("--identity"),
                 QStringLiteral("erika"), QStringLiteral("--role"), QStringLiteral("final"),
                 QStringLiteral("--out"), p7s, QStringLiteral("--json")},
                {}, pki_.passphrase());
        QVERIFY2(signedRun.exitCode == 0, signedRun.err.constData());
        QCOMPARE(signedRun.json().value(QStringLiteral("role")).toString(),
                 QStringLiteral("final"));
        QVERIFY(QFileInfo::exists(p7s));
        // Never overwritten.
        QCOMPARE(ctl({QStringLiteral("sign"), document_, QStringLiteral("--identity"),
                      QStringLiteral("erika"), QStringLiteral("--out"), p7s},
                     {}, pki_.passphrase())
                     .exitCode,
                 1);
        QCOMPARE(ctl({QStringLiteral("sign"), document_, QStringLiteral("--identity"),
                      QStringLiteral("erika"), QStringLiteral("--role"), QStringLiteral("boss")})
                     .exitCode,
                 2);

        Run valid = ctl({QStringLiteral("verify"), document_, QStringLiteral("--signature"), p7s,
                         QStringLiteral("--trust-dir"), trust_, QStringLiteral("--json")});
        QCOMPARE(valid.exitCode, 0);
        const QJsonObject result = valid.json();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QVERIFY(!result.value(QStringLiteral("reason")).toString().isEmpty());
        QCOMPARE(result.value(QStringLiteral("signer"))
                     .toObject()
                     .value(QStringLiteral("commonName"))
                     .toString(),
                 QStringLiteral("Erika Mustermann"));

        // Default output FILE.p7s, EC key, passphrase from stdin.
        Run ecSigned = ctl({QStringLiteral("sign"), document_, QStringLiteral("--identity"),
                            QStringLiteral("max")},
                           pki_.passphrase() + '\n');
        QVERIFY2(ecSigned.exitCode == 0, ecSigned.err.constData());
        QVERIFY(QFileInfo::exists(document_ + QStringLiteral(".p7s")));

        // Anything but valid exits non-zero with its status.
        QVERIFY(writeBytes(document_, "Bescheid (geändert)\n"));
        Run changed = ctl({QStringLiteral("verify"), document_, QStringLiteral("--signature"), p7s,
                           QStringLiteral("--trust-dir"), trust_, QStringLiteral("--json")});
        QCOMPARE(changed.exitCode, 3);
        QCOMPARE(changed.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("document_changed"));
        QVERIFY(writeBytes(document_, "Bescheid\n"));

        Run untrusted =
            ctl({QStringLiteral("verify"), document_, QStringLiteral("--signature"), p7s,
                 QStringLiteral("--trust-dir"), pki_.scratch(QStringLiteral("empty"))});
        QCOMPARE(untrusted.exitCode, 3);
        QVERIFY(untrusted.out.startsWith("untrusted_chain: "));

        Run missing = ctl({QStringLiteral("verify"), pki_.scratch(QStringLiteral("nope")),
                           QStringLiteral("--signature"), p7s, QStringLiteral("--json")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(missing.json().contains(QStringLiteral("error")));

        // The user trusts the root: valid without a trust folder, and said so.
        QCOMPARE(ctl({QStringLiteral("cert"), QStringLiteral("trust"),
                      pki_.path(QStringLiteral("root.pem"))})
                     .exitCode,
                 0);
        Run user = ctl({QStringLiteral("verify"), document_, QStringLiteral("--signature"), p7s,
                        QStringLiteral("--trust-dir"), pki_.scratch(QStringLiteral("empty")),
                        QStringLiteral("--json")});
        QCOMPARE(user.exitCode, 0);
        QVERIFY(user.json().value(QStringLiteral("trustedByUser")).toBool());
    }

    void verifiesRevokedAndEnveloped()
    {
        const QString revoked = pki_.scratch(QStringLiteral("revoked.p7s"));
        QVERIFY(pki_.opensslSign(QStringLiteral("revoked-rsa"), QStringLiteral("inter-rsa.pem"),
                                 document_, revoked));
        Run run = ctl({QStringLiteral("verify"), document_, QStringLiteral("--signature"), revoked,
                       QStringLiteral("--trust-dir"), trust_, QStringLiteral("--crl"),
                       pki_.path(QStringLiteral("crl.pem")), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json().value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));

        const QString p7m = pki_.scratch(QStringLiteral("Bescheid.txt.p7m"));
        QVERIFY(pki_.opensslSign(QStringLiteral("signer-rsa"), QStringLiteral("inter-rsa.pem"),
                                 document_, p7m, {QStringLiteral("-nodetach")}));
        const QString content = pki_.scratch(QStringLiteral("aus-p7m.txt"));
        Run enveloped = ctl({QStringLiteral("verify"), p7m, QStringLiteral("--out"), content,
                             QStringLiteral("--trust-dir"), trust_});
        QVERIFY2(enveloped.exitCode == 0, enveloped.out.constData());
        QCOMPARE(readBytes(content), readBytes(document_));

        QVERIFY(writeBytes(p7m, "garbage"));
        Run malformed = ctl({QStringLiteral("verify"), p7m, QStringLiteral("--trust-dir"), trust_,
                             QStringLiteral("--json")});
        QCOMPARE(malformed.exitCode, 3);
        QCOMPARE(malformed.json().value(QStringLiteral("status")).toString(),
                 QStringLiteral("malformed"));
    }
};

QTEST_GUILESS_MAIN(TestSigningCommands)
#include "tst_signingcommands.moc"
