// List and table borders at 150 % (this test runs with QT_SCALE_FACTOR=1.5):
// lists placed at odd and even logical offsets, drawn through the real
// widget painting (grab), must show their frame on all four sides. With
// Fusion alone, every list at an odd offset loses its left border.
#include "ui/crispframestyle.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>

#include <cmath>

using namespace cg;

namespace {

bool darkIn(const QImage& image, int x0, int x1, int y0, int y1)
{
    for (int y = std::max(0, y0); y <= std::min(image.height() - 1, y1); ++y) {
        for (int x = std::max(0, x0); x <= std::min(image.width() - 1, x1); ++x) {
            if (qGray(image.pixel(x, y)) < 215)
                return true;
        }
    }
    return false;
}

} // namespace

class tst_CrispFrameStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        ui::CrispFrameStyle::install(qApp);
        QVERIFY(qobject_cast<ui::CrispFrameStyle*>(QApplication::style()));
    }

    void framesAreWholeOnEverySide()
    {
        QWidget parent;
        parent.resize(420, 260);
        QList<QAbstractScrollArea*> views;
        for (int i = 0; i < 8; ++i) {
            QAbstractScrollArea* view = i % 2 ? static_cast<QAbstractScrollArea*>(new QTableWidget(3, 2, &parent))
                                              : new QListWidget(&parent);
            // Odd and even positions and sizes: at 1.5 half of them start between device pixels.
            view->setGeometry(9 + (i % 4) * 101, 9 + (i / 4) * 121, 80 + i, 100 + i);
            views << view;
        }
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        const QImage image = parent.grab().toImage();
        const qreal d = image.devicePixelRatio();
        QCOMPARE(d, 1.5);
        QStringList missing;
        for (QAbstractScrollArea* view : std::as_const(views)) {
            const QRect g = view->geometry();
            const int left = int(std::floor(g.left() * d)), right = int(std::ceil((g.left() + g.width()) * d)) - 1;
            const int top = int(std::floor(g.top() * d)), bottom = int(std::ceil((g.top() + g.height()) * d)) - 1;
            const int midY = int((g.top() + g.height() / 2) * d), midX = int((g.left() + g.width() / 2) * d);
            const QString name = QStringLiteral("%1 at (%2,%3)").arg(QString::fromLatin1(view->metaObject()->className())).arg(g.left()).arg(g.top());
            if (!darkIn(image, left, left + 1, midY, midY))
                missing << name + QStringLiteral(": left");
            if (!darkIn(image, right - 1, right, midY, midY))
                missing << name + QStringLiteral(": right");
            if (!darkIn(image, midX, midX, top, top + 1))
                missing << name + QStringLiteral(": top");
            if (!darkIn(image, midX, midX, bottom - 1, bottom))
                missing << name + QStringLiteral(": bottom");
        }
        if (!missing.isEmpty())
            image.save(QDir::temp().filePath(QStringLiteral("tst_crispframestyle.png")));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("borders missing: ") + missing.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(tst_CrispFrameStyle)
#include "tst_crispframestyle.moc"
