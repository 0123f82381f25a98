// The Chinese translation is complete and current:
//  - lupdate run over the sources into a copy of the committed .ts finds
//    exactly the committed set of messages (otherwise the .ts is stale:
//    run `cmake --build --preset dev --target update_translations`);
//  - no entry is unfinished, empty, or loses a %n placeholder;
//  - every context in the .ts is one the code asks for at run time (a free
//    `tr()` helper makes lupdate guess a context that is never looked up);
//  - the compiled catalogue really translates messages from the code paths.
#include "storage/database.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cg;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString translation;
    QString type;
    bool numerus = false;
    QStringList forms;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{};
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.forms << xml.readElementText();
            } else {
                current.translation = xml.readElementText();
            }
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QSet<QString> keys(const QList<Message>& messages)
{
    QSet<QString> set;
    for (const Message& m : messages)
        set.insert(m.context + QStringLiteral(" | ") + m.source + QStringLiteral(" | ") + m.comment);
    return set;
}

QString committedTs()
{
    return QStringLiteral(CG_SOURCE_ROOT "/translations/consentgate_zh_CN.ts");
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tsIsCurrentWithTheSources()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("consentgate_zh_CN.ts"));
        QVERIFY(QFile::copy(committedTs(), copy));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CG_SOURCE_ROOT));
        // The same arguments as the update_translations target.
        const QStringList arguments = QStringLiteral(CG_LUPDATE_ARGS).split(QLatin1Char(';'), Qt::SkipEmptyParts)
                                      + QStringList{QStringLiteral("-ts"), copy};
        lupdate.start(QStringLiteral(CG_LUPDATE), arguments);
        QVERIFY(lupdate.waitForFinished(60'000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
        const auto committed = keys(readTs(committedTs()));
        const auto fresh = keys(readTs(copy));
        const QSet<QString> added = fresh - committed;
        const QSet<QString> removed = committed - fresh;
        QVERIFY2(added.isEmpty() && removed.isEmpty(),
                 qPrintable(QStringLiteral("translations/consentgate_zh_CN.ts is stale; run "
                                           "`cmake --build --preset dev --target update_translations` and translate.\n"
                                           "new in the sources:\n  %1\ngone from the sources:\n  %2")
                                .arg(QStringList(added.begin(), added.end()).join(QStringLiteral("\n  ")),
                                     QStringList(removed.begin(), removed.end()).join(QStringLiteral("\n  ")))));
        QVERIFY(committed.size() > 50);
    }

    void everyEntryIsTranslated()
    {
        QStringList problems;
        for (const Message& m : readTs(committedTs())) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(70);
            if (m.type == QLatin1String("unfinished"))
                problems << QStringLiteral("unfinished  ") + where;
            else if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
                problems << QStringLiteral("obsolete    ") + where;
            const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
            for (const QString& text : texts) {
                if (text.trimmed().isEmpty())
                    problems << QStringLiteral("empty       ") + where;
                else if (placeholders(text) != placeholders(m.source))
                    problems << QStringLiteral("placeholders ") + where;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // lupdate guesses a context for tr() calls it cannot attribute; such
    // strings are "translated" in the .ts but never found at run time.
    void everyContextIsOneTheCodeUses()
    {
        QString sources;
        for (const char* folder : {"/app", "/ui"}) {
            QDirIterator it(QStringLiteral(CG_SOURCE_ROOT) + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                            QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                if (file.open(QIODevice::ReadOnly))
                    sources += QString::fromUtf8(file.readAll());
            }
        }
        QSet<QString> contexts;
        for (const Message& m : readTs(committedTs()))
            contexts.insert(m.context);
        QStringList unknown;
        for (const QString& context : contexts) {
            const QString quoted = QLatin1Char('"') + context + QLatin1Char('"');
            const bool literal = sources.contains(QStringLiteral("translate(") + quoted)
                                 || sources.contains(QStringLiteral("QT_TRANSLATE_NOOP(") + quoted)
                                 || sources.contains(QStringLiteral("QT_TRANSLATE_NOOP3(") + quoted)
                                 || sources.contains(QStringLiteral("Q_DECLARE_TR_FUNCTIONS(") + context + QLatin1Char(')'));
            // A Q_OBJECT class: its qualified name is the context tr() uses.
            bool qobject = false;
            const QString ns = context.section(QStringLiteral("::"), 0, -2);
            const QString cls = context.section(QStringLiteral("::"), -1);
            if (!ns.isEmpty()) {
                const QRegularExpression classRe(QStringLiteral("namespace %1 \\{.*?class %2 (final )?:[^{]*\\{\\s*Q_OBJECT")
                                                     .arg(QRegularExpression::escape(ns), QRegularExpression::escape(cls)),
                                                 QRegularExpression::DotMatchesEverythingOption);
                qobject = classRe.match(sources).hasMatch();
            }
            if (!literal && !qobject)
                unknown << context;
        }
        // A free helper `QString tr(const char*)` is the usual cause; forbid it outright.
        static const QRegularExpression freeHelper(QStringLiteral("\\n(static )?QString tr\\(const char\\s*\\*"));
        if (freeHelper.match(sources).hasMatch())
            unknown << QStringLiteral("(a free `QString tr(const char*)` helper exists in app/ or ui/)");
        QVERIFY2(unknown.isEmpty(),
                 qPrintable(QStringLiteral("contexts in the .ts that the code never looks up (use a class with "
                                           "Q_DECLARE_TR_FUNCTIONS(ctx) and Tr::tr() instead of a free tr() helper): ")
                            + unknown.join(QStringLiteral(", "))));
    }

    // The compiled catalogue, loaded the way the application loads it,
    // translates a message produced by real code.
    void catalogueTranslatesRealMessages()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/consentgate_zh_CN.qm")));
        QCoreApplication::installTranslator(&translator);
        QTemporaryDir dir;
        QFile text(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("just text\n");
        text.close();
        auto opened = storage::Database::open(text.fileName());
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(QStringLiteral("不是 SQLite 文件")), qPrintable(opened.error().message));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
