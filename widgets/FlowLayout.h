#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace workroom::widgets {

// Lays its items out in a row and wraps them onto further rows when the row gets too narrow,
// so that rows of filters and buttons do not force a wide window (small screens, large fonts,
// zoom).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(items_.size()); }
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures unless `apply`); returns the height needed.
    int arrange(const QRect &rect, bool apply) const;
    int gap(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> items_;
};

}  // namespace workroom::widgets
