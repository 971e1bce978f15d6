<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../memshadow_desktop/qt/app.py" line="98"/>
        <source>cannot write {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="53"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="62"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="66"/>
        <source>comma, separated, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="80"/>
        <source>Write in markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="91"/>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="95"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="162"/>
        <source>New memory, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="165"/>
        <source>Updated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="166"/>
        <source>created {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="169"/>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="171"/>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="185"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="188"/>
        <source>Read-only while in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="193"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="13"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="19"/>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="23"/>
        <source>The vault is locked: the key is not available ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="27"/>
        <source>There is no vault at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="29"/>
        <source>A vault already exists at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="31"/>
        <source>The vault header is missing or damaged ({0}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="35"/>
        <source>This is not a MEMSHADOW vault, or the key does not open it ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="39"/>
        <source>The vault is open in another MEMSHADOW window or command. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="44"/>
        <source>Not found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="46"/>
        <source>Not accepted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="48"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="52"/>
        <source>Storage error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/messages.py" line="53"/>
        <source>Error ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="36"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="72"/>
        <source>Select a revision to see its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="79"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="87"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="88"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="89"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="90"/>
        <source>moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="91"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="92"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="103"/>
        <source>  (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="106"/>
        <source>device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="110"/>
        <source>Revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="120"/>
        <source>1 revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="122"/>
        <source>{0} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="129"/>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="155"/>
        <source>Title: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="155"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="157"/>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/history.py" line="159"/>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="63"/>
        <source>MEMSHADOW[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="113"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="116"/>
        <source>Write a new memory (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="120"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="123"/>
        <source>Save a new revision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="128"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="136"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="143"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="148"/>
        <source>Show or hide the history of the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="151"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="169"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="175"/>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="176"/>
        <source>Import the .md and .txt notes of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="181"/>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="186"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="189"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="191"/>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="201"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="202"/>
        <source>&amp;About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="209"/>
        <source>About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="211"/>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="233"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="237"/>
        <source>Protection: passphrase (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="239"/>
        <source>Protection: system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="242"/>
        <source>The vault key is protected by your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="244"/>
        <source>The vault key is kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="269"/>
        <source>MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="300"/>
        <source>{0} memories · {1} in trash · {2} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="307"/>
        <source>Trash ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="309"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="312"/>
        <source>Memories ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="338"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="338"/>
        <source>{0} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="428"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="428"/>
        <source>New memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="429"/>
        <source>{0}[*] — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="438"/>
        <location filename="../memshadow_desktop/qt/main_window.py" line="607"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="439"/>
        <source>Discard the changes to this memory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="471"/>
        <source>Saved a new memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="480"/>
        <source>Saved a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="498"/>
        <source>Moved “{0}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="525"/>
        <source>Restored “{0}” from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="543"/>
        <source>Restored an earlier version as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="548"/>
        <source>Import notes from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="564"/>
        <source>Imported {0}: {1} new, {2} updated, {3} unchanged, {4} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="608"/>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="97"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="299"/>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="352"/>
        <source>Search memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="306"/>
        <source>Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="307"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="352"/>
        <source>Search disabled in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="379"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="381"/>
        <source>No memory matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="383"/>
        <source>No memories yet. Press New to write one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../memshadow_desktop/qt/timefmt.py" line="34"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="59"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="59"/>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="161"/>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="224"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="73"/>
        <source>Create your MEMSHADOW vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="75"/>
        <source>Unlock your MEMSHADOW vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="85"/>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="89"/>
        <source>Enter the passphrase that protects this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="94"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="102"/>
        <source>Protect the vault key with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="106"/>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="127"/>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="131"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="136"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="137"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="161"/>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="224"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="167"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="185"/>
        <source>Protection in use: passphrase (Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="189"/>
        <source>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="196"/>
        <source>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="203"/>
        <source>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="222"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="222"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="240"/>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="243"/>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/unlock_dialog.py" line="247"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
