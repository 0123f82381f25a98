#pragma once

#include "core/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

namespace cg::storage {
class Database;
}
namespace cg::services {
struct ServiceDeps;
}
namespace cg::reports {
class ChartPainter;
}

namespace cg::cli {

// Exit codes shared by every command (ARCHITECTURE.md).
enum ExitCode : int { Done = 0, Failed = 1, Usage = 2, DatabaseProblem = 3 };

// How a command wants its database opened before it runs.
enum class DatabaseNeed { None, Existing, CreateIfMissing };

// What a running command gets: its parsed options, the opened database (when it
// asked for one) and the two output streams. Built by main.cpp.
struct CommandContext
{
    const QCommandLineParser& parser;
    QStringList positional;                       // after the command name
    std::shared_ptr<storage::Database> database;  // null for DatabaseNeed::None
    const services::ServiceDeps* deps = nullptr;  // keys, clock, audit; null for DatabaseNeed::None
    QString keyDir;
    QString modelsDir;
    QTextStream& out;
    QTextStream& err;
    // Set by main.cpp for commands with `draws` (Qt Charts on the offscreen platform).
    std::shared_ptr<const reports::ChartPainter> charts;
};

struct Command
{
    QString name;
    QString summary;          // translated at registration
    QString usage;            // e.g. "init --database PATH"
    DatabaseNeed database = DatabaseNeed::Existing;
    bool draws = false;       // needs a QApplication (offscreen) to draw charts
    // False for commands that must run without the database's key (key import):
    // main.cpp then opens the database but builds no ServiceDeps (deps is null).
    bool needsKeys = true;
    // True for commands that draw (PDF badges, slips): they run on a
    // QGuiApplication with the offscreen platform.
    bool needsGui = false;
    QStringList guiSubcommands;   // non-empty: only these subcommands draw
    QList<QCommandLineOption> options;
    std::function<int(CommandContext&)> run;
};

// Maps a failed Result to a message on stderr and the documented exit code.
int reportError(const core::Error& error, QTextStream& err);

// Reads a secret (password, PIN, passphrase) from FILE, or from standard input
// when FILE is "-". Secrets never come from argv. Strips one trailing newline.
core::Result<QString> readSecret(const QString& file);

} // namespace cg::cli
