#pragma once

#include "core/notice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QScrollArea;

namespace cg::ui {

// The notice text in Chinese and English side by side, one row per required
// field (core::allNoticeFields). It only edits text; the notices page decides
// what is saved or published, through NoticeService. GUI thread only.
class NoticeEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit NoticeEditor(QWidget* parent = nullptr);

    void setContent(const core::NoticeContent& content);
    core::NoticeContent content() const;
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // "en.retention" (the field of a core::checkComplete error): scrolls to
    // that box, focuses it and marks it until it is edited.
    void focusField(const QString& key);
    QPlainTextEdit* editor(const QString& language, core::NoticeField field) const;

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void mark(QPlainTextEdit* edit, bool bad);

    QScrollArea* m_scroll = nullptr;
    QLabel* m_fieldHeader = nullptr;
    QHash<QString, QLabel*> m_languageHeaders;
    QHash<core::NoticeField, QLabel*> m_labels;
    QHash<QString, QPlainTextEdit*> m_edits;    // "<language>.<field key>"
    bool m_readOnly = false;
    bool m_loading = false;
};

} // namespace cg::ui
