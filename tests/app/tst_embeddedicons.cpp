// The icons embedded by salesdesk_resources (resources/CMakeLists.txt), rendered from
// resources/salesdesk.svg at build time: the window icon is built from them.
#include <QImage>
#include <QTest>

class TestEmbeddedIcons : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySizeIsEmbeddedAndRenderedAtThatSize_data() {
        QTest::addColumn<int>("size");
        for (int size : {16, 24, 32, 48, 64, 128, 256})
            QTest::addRow("%dpx", size) << size;
    }
    void everySizeIsEmbeddedAndRenderedAtThatSize() {
        QFETCH(int, size);
        const QImage image(QStringLiteral(":/icons/salesdesk-%1.png").arg(size));
        QVERIFY2(!image.isNull(), "the icon is not in the resources");
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel());
    }
    void theIconIsDrawnAndTransparentAroundIt() {
        const QImage image = QImage(QStringLiteral(":/icons/salesdesk-64.png"))
                                 .convertToFormat(QImage::Format_ARGB32);
        QVERIFY(!image.isNull());
        // A corner is outside the drawing; the centre of the drive is opaque.
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QCOMPARE(qAlpha(image.pixel(28, 40)), 255);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedIcons)
#include "tst_embeddedicons.moc"
