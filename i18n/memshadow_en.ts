<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../memshadow_desktop/qt/app.py" line="116"/>
        <source>cannot write {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="54"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="63"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="67"/>
        <source>comma, separated, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="85"/>
        <source>Write in markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="99"/>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="103"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="179"/>
        <source>New memory, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="182"/>
        <source>Updated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="183"/>
        <source>created {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="186"/>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="188"/>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="202"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="205"/>
        <source>Read-only while in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/editor.py" line="210"/>
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
        <location filename="../memshadow_desktop/qt/main_window.py" line="76"/>
        <source>MEMSHADOW[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="128"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="131"/>
        <source>Write a new memory (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="135"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="138"/>
        <source>Save a new revision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="143"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="151"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="158"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="163"/>
        <source>Show or hide the history of the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="166"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="184"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="190"/>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="191"/>
        <source>Import the .md and .txt notes of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="196"/>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="201"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="204"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="206"/>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="216"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="217"/>
        <source>&amp;About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="224"/>
        <source>About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="226"/>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="262"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="266"/>
        <source>Protection: passphrase (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="268"/>
        <source>Protection: system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="271"/>
        <source>The vault key is protected by your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="273"/>
        <source>The vault key is kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="298"/>
        <source>MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="350"/>
        <source>{0} memories · {1} in trash · {2} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="357"/>
        <source>Trash ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="359"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="362"/>
        <source>Memories ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="393"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="393"/>
        <source>{0} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="395"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="408"/>
        <source>hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="409"/>
        <source>by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="410"/>
        <source>full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="416"/>
        <source>Hybrid search: ranked by meaning, with a boost for the words you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="418"/>
        <source>Search by meaning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="419"/>
        <source>Full-text search: memories that contain the words you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="425"/>
        <source>meaning {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="427"/>
        <source>words {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="435"/>
        <source>Matching words only. Install an embedding model (memshadow models) to search by meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="471"/>
        <source>Loading the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="476"/>
        <source>Search by meaning is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="481"/>
        <source>Search: full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="483"/>
        <source>Install an embedding model (memshadow models) to search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="485"/>
        <source>No embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="519"/>
        <source>Indexing paused: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="521"/>
        <source>Indexing: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="525"/>
        <source>Paused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="527"/>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="534"/>
        <source>Search by meaning: {0} indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="536"/>
        <source>Every memory is indexed for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="558"/>
        <source>Related memories appear once the vault is indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="577"/>
        <source>Install an embedding model to see memories related in meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="676"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="676"/>
        <source>New memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="677"/>
        <source>{0}[*] — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="686"/>
        <location filename="../memshadow_desktop/qt/main_window.py" line="856"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="687"/>
        <source>Discard the changes to this memory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="719"/>
        <source>Saved a new memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="728"/>
        <source>Saved a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="747"/>
        <source>Moved “{0}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="774"/>
        <source>Restored “{0}” from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="792"/>
        <source>Restored an earlier version as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="797"/>
        <source>Import notes from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="813"/>
        <source>Imported {0}: {1} new, {2} updated, {3} unchanged, {4} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="857"/>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/main_window.py" line="892"/>
        <source>Embedding model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="104"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="318"/>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="381"/>
        <source>Search memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="335"/>
        <source>Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="336"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="381"/>
        <source>Search disabled in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="408"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="410"/>
        <source>No memory matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/memory_list.py" line="412"/>
        <source>No memories yet. Press New to write one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <location filename="../memshadow_desktop/qt/meaning.py" line="211"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/meaning.py" line="248"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/meaning.py" line="254"/>
        <source>{0}
Similarity {1}

{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/meaning.py" line="261"/>
        <source>Nothing close in meaning yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagSuggestions</name>
    <message>
        <location filename="../memshadow_desktop/qt/meaning.py" line="147"/>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/meaning.py" line="165"/>
        <source>+ {0}  {1}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../memshadow_desktop/qt/meaning.py" line="169"/>
        <source>Add the tag “{0}” ({1}% confident; {2} memories of the vault carry it)</source>
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
