<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cg::cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an empty ConsentGate database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created database %1 (ID %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 (ID %2) already exists and is up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed a realistic demo compound (creates the database if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of residents (default 1500).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --residents must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeded %1 residents (%2 minors) in %3 units, %4 buildings, %5 compounds, %6 doors in %7 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (safe while the console is writing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: encrypted fields in the copy can only be read with this database&apos;s key; keep a key export (consentgate key export) with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::core::Role</name>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::security::Keyring</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the key folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key file for this database already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key for database %1 is missing: %2 does not exist. Encrypted data cannot be read without it. Import the key from a key export (consentgate key import) or restore the key folder from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 belongs to database %2, not to this database (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot allocate protected memory for the keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted field is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted field failed its integrity check (tampered, moved to another record, or sealed with another key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::services::Authorizer</name>
    <message>
        <source>%1 (%2) may not do this (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::storage</name>
    <message>
        <source>%1 is not a ConsentGate database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged (integrity check: %2). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file but not a ConsentGate database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer ConsentGate (schema %2, needs version %3 or later; this is %4). Install the newer version; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::storage::Database</name>
    <message>
        <source>There is no database at %1. Create one with “consentgate init”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ConsentGate database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ConsentGate database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has an older schema (%2) and must be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the backup into place at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::storage::DemoSeeder</name>
    <message>
        <source>The number of residents must be between 1 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ui::HelpDialogs</name>
    <message>
        <source>User guide</source>
        <translation>使用指南</translation>
    </message>
    <message>
        <source>ConsentGate user guide</source>
        <translation>ConsentGate 使用指南</translation>
    </message>
    <message>
        <source>Consent-first access console for residential compounds. Face data is processed on this computer only.</source>
        <translation>住宅小区的同意优先门禁控制台。人脸数据只在本机处理。</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>数据存放位置</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Key folder:</source>
        <translation>密钥文件夹：</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <source>Face detector models and their licences</source>
        <translation>人脸检测模型及其许可证</translation>
    </message>
    <message>
        <source>not installed on this computer</source>
        <translation>本机未安装</translation>
    </message>
    <message>
        <source>Built with Qt %1, OpenCV, SQLite, libsodium and libqrencode. Icons: KDE Breeze (LGPL-3.0-or-later).</source>
        <translation>基于 Qt %1、OpenCV、SQLite、libsodium 和 libqrencode 构建。图标：KDE Breeze（LGPL-3.0 或更高版本）。</translation>
    </message>
    <message>
        <source>About ConsentGate</source>
        <translation>关于 ConsentGate</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>使用指南(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About ConsentGate</source>
        <translation>关于 ConsentGate(&amp;A)</translation>
    </message>
</context>
<context>
    <name>cg::ui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentGate — consent-first access console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cg::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentGate %1 — face recognition only for residents who freely agreed, and an equal card, PIN or QR code for everyone else. Data is processed on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is in a read-only location; ConsentGate needs to write the file and its journal beside it. Copy it to a writable folder or fix the permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder holding the database keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with face detector models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ConsentGate console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no ConsentGate database at
%1

Create a new one there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
