#pragma once

#include "core/domain/UInt256.h"

#include <QFrame>

class QLabel;

namespace salesdesk::ui {

// One figure of the dashboard: a caption, the value in large type and a line of detail.
class FigureCard : public QFrame {
    Q_OBJECT
public:
    explicit FigureCard(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& detail = QString());
    // An amount of tokens: rounded, exactly in the tooltip and for "Copy exact amount".
    void setAmount(const UInt256& amount, const QString& detail = QString());
    QString value() const;
    QString valueToolTip() const;
    QString detail() const;

private:
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
};

} // namespace salesdesk::ui
