#include "CryptoRuntime.h"

#include <QTest>

using workroom::signing::CryptoRuntime;

class TestCryptoRuntime : public QObject {
    Q_OBJECT

private slots:
    void offersWhatSigningNeeds()
    {
        const CryptoRuntime runtime;
        const auto info = runtime.info();
        QCOMPARE(info.qcaVersion, QStringLiteral(EXPECTED_QCA_VERSION));
        QCOMPARE(info.providerName, QStringLiteral("qca-ossl"));
        QVERIFY(info.supportsCms);
        QVERIFY(info.supportsPkcs12);
        const QStringList needed{QStringLiteral("sha256"), QStringLiteral("cert"),
                                 QStringLiteral("pkcs12"), QStringLiteral("cms"),
                                 QStringLiteral("crl")};
        QCOMPARE(info.features, needed);
    }

    void canBeCreatedAgainAfterShutdown()
    {
        {
            const CryptoRuntime first;
        }
        const CryptoRuntime second;
        QVERIFY(second.info().supportsCms);
    }
};

QTEST_GUILESS_MAIN(TestCryptoRuntime)
#include "tst_cryptoruntime.moc"
