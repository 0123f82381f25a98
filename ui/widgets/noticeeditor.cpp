#include "ui/widgets/noticeeditor.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace cg::ui {

namespace {

QString keyOf(const QString& language, core::NoticeField field)
{
    return language + QLatin1Char('.') + core::noticeFieldKey(field);
}

} // namespace

NoticeEditor::NoticeEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("noticeEditor"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(m_scroll);
    auto* grid = new QGridLayout(inner);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    m_fieldHeader = new QLabel(inner);
    grid->addWidget(m_fieldHeader, 0, 0);
    int column = 1;
    for (const QString& language : core::noticeLanguages()) {
        auto* header = new QLabel(inner);
        header->setStyleSheet(QStringLiteral("font-weight: 600;"));
        m_languageHeaders.insert(language, header);
        grid->addWidget(header, 0, column++);
    }
    m_fieldHeader->setStyleSheet(QStringLiteral("font-weight: 600;"));
    int row = 1;
    QWidget* previous = nullptr;
    for (core::NoticeField field : core::allNoticeFields()) {
        auto* label = new QLabel(inner);
        label->setWordWrap(true);
        label->setMinimumWidth(150);
        label->setMaximumWidth(220);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_labels.insert(field, label);
        grid->addWidget(label, row, 0);
        column = 1;
        for (const QString& language : core::noticeLanguages()) {
            auto* edit = new QPlainTextEdit(inner);
            edit->setObjectName(QStringLiteral("notice_") + keyOf(language, field).replace(QLatin1Char('.'), QLatin1Char('_')));
            edit->setTabChangesFocus(true);
            const int lines = field == core::NoticeField::Title ? 2 : 5;
            edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
            connect(edit, &QPlainTextEdit::textChanged, this, [this, edit] {
                mark(edit, false);
                if (!m_loading)
                    Q_EMIT edited();
            });
            m_edits.insert(keyOf(language, field), edit);
            grid->addWidget(edit, row, column++);
            if (column == 2)
                label->setBuddy(edit);
            // Reading order for the keyboard: Chinese then English, field by field.
            if (previous)
                setTabOrder(previous, edit);
            previous = edit;
        }
        ++row;
    }
    grid->setRowStretch(row, 1);
    m_scroll->setWidget(inner);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    retranslate();
}

void NoticeEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void NoticeEditor::retranslate()
{
    m_fieldHeader->setText(tr("Required part"));
    for (const QString& language : core::noticeLanguages())
        m_languageHeaders.value(language)->setText(core::noticeLanguageName(language));
    for (core::NoticeField field : core::allNoticeFields()) {
        m_labels.value(field)->setText(core::noticeFieldLabel(field));
        for (const QString& language : core::noticeLanguages()) {
            QPlainTextEdit* edit = m_edits.value(keyOf(language, field));
            edit->setAccessibleName(tr("%1 (%2)").arg(core::noticeFieldLabel(field), core::noticeLanguageName(language)));
            edit->setPlaceholderText(tr("Required before publishing"));
        }
    }
}

void NoticeEditor::setContent(const core::NoticeContent& content)
{
    m_loading = true;
    for (core::NoticeField field : core::allNoticeFields()) {
        for (const QString& language : core::noticeLanguages()) {
            QPlainTextEdit* edit = m_edits.value(keyOf(language, field));
            edit->setPlainText(content.field(language, field));
            mark(edit, false);
        }
    }
    m_loading = false;
}

core::NoticeContent NoticeEditor::content() const
{
    core::NoticeContent content;
    for (core::NoticeField field : core::allNoticeFields()) {
        for (const QString& language : core::noticeLanguages())
            content.setField(language, field, m_edits.value(keyOf(language, field))->toPlainText());
    }
    return content;
}

void NoticeEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPlainTextEdit* edit : std::as_const(m_edits)) {
        edit->setReadOnly(readOnly);
        // Read-only text looks read-only (a published version cannot change).
        edit->setBackgroundRole(readOnly ? QPalette::Window : QPalette::Base);
        edit->setStyleSheet(readOnly ? QStringLiteral("QPlainTextEdit { background: palette(window); }") : QString());
    }
}

QPlainTextEdit* NoticeEditor::editor(const QString& language, core::NoticeField field) const
{
    return m_edits.value(keyOf(language, field));
}

void NoticeEditor::focusField(const QString& key)
{
    QPlainTextEdit* edit = m_edits.value(key);
    if (!edit)
        return;
    mark(edit, true);
    m_scroll->ensureWidgetVisible(edit, 20, 40);
    edit->setFocus(Qt::OtherFocusReason);
}

void NoticeEditor::mark(QPlainTextEdit* edit, bool bad)
{
    if (m_readOnly)
        return;
    // Colour and the accessible description both say what is wrong.
    edit->setStyleSheet(bad ? QStringLiteral("QPlainTextEdit { border: 2px solid #cf222e; }") : QString());
    edit->setAccessibleDescription(bad ? tr("This part is empty") : QString());
}

} // namespace cg::ui
