#pragma once

#include "core/consent.h"
#include "core/notice.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;
class QFrame;

namespace cg::ui {

class ReadAloud;
class SignaturePad;

// The resident-facing window of a consent session. It is its own top-level
// window with its own large style and shows nothing from the clerk's console:
// the notice in the resident's language (toggle, large print, read aloud when
// a speech engine exists), two choices of equal size and weight with nothing
// pre-selected, and a signature pad. It records nothing itself: it reports
// the decision (or the cancellation) to the console, which calls the service.
// GUI thread only.
class ResidentWindow final : public QWidget
{
    Q_OBJECT
public:
    struct Session
    {
        QString residentName;
        QString guardianName;          // set: the guardian decides for a minor
        QString language;              // "zh_CN" or "en"
        bool largePrint = false;
        core::NoticeVersion notice;
        ReadAloud* readAloud = nullptr;   // not owned; none: no read-aloud button
    };

    explicit ResidentWindow(Session session, QWidget* parent = nullptr);
    ~ResidentWindow() override;

    // On a second screen when one is connected, otherwise full-screen over
    // the console (which it then hides completely).
    void present(QWidget* console);

    QString language() const { return m_language; }
    bool largePrint() const { return m_largePrint; }
    std::optional<bool> choice() const { return m_choice; }
    QString stage() const;               // "reading", "chosen", "signed", "done"

    // Shown after the console recorded the decision.
    void showRecorded(const QString& summary);

    // Widgets, for tests and accessibility checks.
    QPushButton* agreeButton() const { return m_agree; }
    QPushButton* refuseButton() const { return m_refuse; }
    QPushButton* confirmButton() const { return m_confirm; }
    QPushButton* cancelButton() const { return m_cancel; }
    QPushButton* languageButton() const { return m_languageButton; }
    QPushButton* largePrintButton() const { return m_largePrintButton; }
    QPushButton* readAloudButton() const { return m_readAloud; }
    SignaturePad* signaturePad() const { return m_pad; }
    QTextBrowser* noticeView() const { return m_notice; }

public Q_SLOTS:
    void setLanguage(const QString& language);
    void setLargePrint(bool on);

Q_SIGNALS:
    void progress(const QString& stage);     // "reading", "chosen", "signed"
    // `method`: DeskSignature when drawn, DeskTyped when the name was typed.
    void decided(bool agree, const QByteArray& signaturePng, const QString& language, core::ConsentMethod method);
    void cancelled(const QString& stage);

protected:
    void closeEvent(QCloseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QString t(const char* source) const;
    void retranslate();
    void applyStyle();
    void updateState();
    void choose(bool agree);
    void confirm();
    void cancel();
    void readAloud();
    void setUpSpeech();
    void fitChoices();

    Session m_session;
    QString m_language;
    bool m_largePrint = false;
    std::optional<bool> m_choice;
    bool m_done = false;
    bool m_reported = false;

    QLabel* m_title = nullptr;
    QLabel* m_forWhom = nullptr;
    QLabel* m_guardianBanner = nullptr;
    QPushButton* m_languageButton = nullptr;
    QPushButton* m_largePrintButton = nullptr;
    QPushButton* m_readAloud = nullptr;
    QTextBrowser* m_notice = nullptr;
    QLabel* m_question = nullptr;
    QPushButton* m_agree = nullptr;
    QPushButton* m_refuse = nullptr;
    QString m_agreeText;                 // the answers unwrapped (fitChoices() breaks lines)
    QString m_refuseText;
    QFrame* m_signFrame = nullptr;
    QLabel* m_signLabel = nullptr;
    SignaturePad* m_pad = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_confirm = nullptr;
    QLabel* m_hint = nullptr;
    QPointer<ReadAloud> m_speech;
    QPointer<QWidget> m_console;
    bool m_consoleHidden = false;
};

} // namespace cg::ui
