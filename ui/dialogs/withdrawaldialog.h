#pragma once

#include "core/consent.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace cg::ui {

class SignaturePad;

// Records how a withdrawal arrived: in person (signed on the pad), by phone
// or by letter (with the date it arrived and an optional scan), or a signed
// paper form (scan required). One action, as easy as agreeing.
class WithdrawalDialog final : public QDialog
{
    Q_OBJECT
public:
    WithdrawalDialog(const QString& residentName, const QDate& today, QWidget* parent = nullptr);

    core::ConsentMethod method() const;
    QDate receivedOn() const;
    QByteArray signaturePng() const;
    QByteArray scan() const { return m_scan; }
    QString note() const;

    // For tests.
    QComboBox* methodBox() const { return m_method; }
    SignaturePad* signaturePad() const { return m_pad; }
    void setScan(const QByteArray& bytes, const QString& name);

private:
    void updateState();
    void chooseScan();

    QComboBox* m_method = nullptr;
    QDateEdit* m_date = nullptr;
    QLabel* m_dateLabel = nullptr;
    SignaturePad* m_pad = nullptr;
    QLabel* m_padLabel = nullptr;
    QPushButton* m_scanButton = nullptr;
    QLabel* m_scanLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_ok = nullptr;
    QByteArray m_scan;
};

} // namespace cg::ui
