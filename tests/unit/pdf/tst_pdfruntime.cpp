#include "PdfRuntime.h"

#include <QTest>

class TestPdfRuntime : public QObject {
    Q_OBJECT

private slots:
    void reportsTheLoadedPopplerVersion()
    {
        const workroom::pdf::PdfRuntimeInfo info = workroom::pdf::pdfRuntimeInfo();
        // pkg-config's version of poppler-qt6, handed in by CMake.
        QCOMPARE(info.version, QStringLiteral(EXPECTED_POPPLER_VERSION));
        QCOMPARE(info.compiledVersion, info.version);
    }
};

QTEST_GUILESS_MAIN(TestPdfRuntime)
#include "tst_pdfruntime.moc"
