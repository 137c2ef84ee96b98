#pragma once

#include <QDialog>

class QLabel;

namespace salesdesk::ui {

// A small window shown while a desk on a chain opens (starting a local test chain, connecting to
// a network): what is happening, a busy bar and Cancel. Cancel (or closing it) emits `cancelled`;
// the caller decides what stopping means.
class StartProgressDialog : public QDialog {
    Q_OBJECT
public:
    explicit StartProgressDialog(const QString& text, QWidget* parent = nullptr);
    void setText(const QString& text);

Q_SIGNALS:
    void cancelled();

protected:
    void reject() override;

private:
    QLabel* m_text = nullptr;
};

} // namespace salesdesk::ui
