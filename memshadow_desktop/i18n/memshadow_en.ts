<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../qt/app.py" line="201"/>
        <source>cannot write {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/app.py" line="328"/>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <location filename="../qt/editor.py" line="54"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="63"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="67"/>
        <source>comma, separated, tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="85"/>
        <source>Write in markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="99"/>
        <source>Restore from Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="103"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="179"/>
        <source>New memory, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="182"/>
        <source>Updated {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="183"/>
        <source>created {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="186"/>
        <source>from {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="188"/>
        <source>In the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="202"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="205"/>
        <source>Read-only while in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/editor.py" line="210"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../qt/messages.py" line="13"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="19"/>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="23"/>
        <source>The vault is locked: the key is not available ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="27"/>
        <source>There is no vault at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="29"/>
        <source>A vault already exists at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="31"/>
        <source>The vault header is missing or damaged ({0}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="35"/>
        <source>This is not a MEMSHADOW vault, or the key does not open it ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="39"/>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="43"/>
        <source>MEMSHADOW already runs for this vault (process {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="47"/>
        <source>Not found: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="61"/>
        <source>A memory needs a title or some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="63"/>
        <source>The text holds characters that cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="65"/>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="66"/>
        <source>Choose a passphrase for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="67"/>
        <source>This conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="68"/>
        <source>There is no merged text to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="69"/>
        <source>That is not a way to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="72"/>
        <source>The passphrase is too short: at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="78"/>
        <source>Not accepted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="51"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="55"/>
        <source>Storage error: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="56"/>
        <source>Error ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwareDashboard</name>
    <message>
        <location filename="../qt/dashboard.py" line="68"/>
        <source>Hardware — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="103"/>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="109"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="110"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="111"/>
        <source>CPU features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="112"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="113"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="114"/>
        <source>NPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="115"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="117"/>
        <location filename="../qt/dashboard.py" line="164"/>
        <source>Probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="130"/>
        <source>Live statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="136"/>
        <source>Inferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="137"/>
        <source>Texts embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="138"/>
        <source>Average latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="139"/>
        <source>Items per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="163"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="173"/>
        <source>Execution providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="176"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="177"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="178"/>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="179"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="180"/>
        <source>Items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="181"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="182"/>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="190"/>
        <source>Model and precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="197"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="198"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="199"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="200"/>
        <source>Accuracy vs FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="201"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="202"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="209"/>
        <source>Use this precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="213"/>
        <source>Search switches to it; the vault is embedded again in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="227"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="229"/>
        <source>Benchmark this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="239"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="246"/>
        <source>Measures how fast the model in use embeds notes and answers a query here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="294"/>
        <location filename="../qt/dashboard.py" line="317"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="297"/>
        <source>{0} cores, {1} threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="319"/>
        <source>{0} total, {1} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="327"/>
        <location filename="../qt/dashboard.py" line="329"/>
        <source>none detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="331"/>
        <source>on battery, {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="335"/>
        <source>mains power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="337"/>
        <source>, battery {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="339"/>
        <source>unknown (no power sensor readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="347"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="347"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="349"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="378"/>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Import one with &lt;code&gt;memshadow models import DIR&lt;/code&gt; to search by meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="383"/>
        <location filename="../qt/dashboard.py" line="384"/>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="386"/>
        <source>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="389"/>
        <source>Fallback: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="395"/>
        <source>min {0} · mean {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="405"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="407"/>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="407"/>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="425"/>
        <source>The engine has not reported precision variants for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="429"/>
        <source>A variant is offered only when it matches FP32 on the probe set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="435"/>
        <source>Install a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="468"/>
        <source>Nothing to recommend: this machine is used as well as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="484"/>
        <source>No model: nothing is embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="499"/>
        <source>texts embedded per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="501"/>
        <source>p50 {0} · p95 {1} (engine statistics since start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="513"/>
        <source>memories indexed per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="516"/>
        <source>{0} memories indexed, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="539"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="549"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="554"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="566"/>
        <source>{0}{1} notes per second over {2} probe texts; one query embeds in {3} (p50), {4} (p95).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../qt/history.py" line="36"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="72"/>
        <source>Select a revision to see its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="79"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="87"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="88"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="89"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="90"/>
        <source>moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="91"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="92"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="103"/>
        <source>  (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="106"/>
        <source>device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="110"/>
        <source>Revision {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="120"/>
        <source>1 revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="122"/>
        <source>{0} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="129"/>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="155"/>
        <source>Title: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="155"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="157"/>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="159"/>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <location filename="../qt/status_bar.py" line="70"/>
        <source>Loading the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="73"/>
        <source>Search by meaning is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="78"/>
        <source>Search: full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="80"/>
        <source>Install an embedding model (memshadow models) to search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="82"/>
        <source>No embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="87"/>
        <source>Updating the embedding model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="98"/>
        <source>Search by meaning: {0} indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="99"/>
        <source>Every memory is indexed for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="107"/>
        <source>Indexing paused: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="108"/>
        <source>Paused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="110"/>
        <source>Indexing: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="112"/>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="120"/>
        <source>Embedding model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="122"/>
        <source>Fallback: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../qt/main_window.py" line="55"/>
        <source>MEMSHADOW[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="165"/>
        <source>MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="231"/>
        <source>Trash ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="231"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="234"/>
        <source>Memories ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="396"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="396"/>
        <source>New memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="397"/>
        <source>{0}[*] — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="406"/>
        <location filename="../qt/main_window.py" line="564"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="407"/>
        <source>Discard the changes to this memory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="439"/>
        <source>Saved a new memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="448"/>
        <source>Saved a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="466"/>
        <source>Moved “{0}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="493"/>
        <source>Restored “{0}” from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="506"/>
        <source>Restored an earlier version as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="511"/>
        <source>Import notes from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="526"/>
        <source>Imported {0}: {1} new, {2} updated, {3} unchanged, {4} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="565"/>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeaningLoader</name>
    <message>
        <location filename="../qt/meaning.py" line="322"/>
        <source>Install an embedding model to see memories related in meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/meaning.py" line="343"/>
        <source>Related memories appear once the vault is indexed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <location filename="../qt/memory_list.py" line="133"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <location filename="../qt/memory_list.py" line="107"/>
        <source>meaning {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="113"/>
        <source>words {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="347"/>
        <location filename="../qt/memory_list.py" line="410"/>
        <source>Search memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="364"/>
        <source>Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="365"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="410"/>
        <source>Search disabled in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="437"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="439"/>
        <source>No memory matches “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="441"/>
        <source>No memories yet. Press New to write one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="445"/>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="445"/>
        <source>{0} matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="446"/>
        <source>{0} · {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="457"/>
        <source>hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="458"/>
        <source>by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="459"/>
        <source>full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="465"/>
        <source>Hybrid search: ranked by meaning, with a boost for the words you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="467"/>
        <source>Search by meaning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="468"/>
        <source>Full-text search: memories that contain the words you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/memory_list.py" line="475"/>
        <source>Matching words only. Install an embedding model (memshadow models) to search by meaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../qt/messages.py" line="85"/>
        <source>on battery at {0}% (below {1}%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <location filename="../qt/passphrase.py" line="26"/>
        <source>cannot read passphrase file {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/passphrase.py" line="35"/>
        <source>no passphrase given (set {0} or use --passphrase-file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommendations</name>
    <message>
        <location filename="../qt/recommendations.py" line="34"/>
        <source>Install an embedding model to search by meaning: &lt;code&gt;memshadow models import DIR&lt;/code&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/recommendations.py" line="45"/>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/recommendations.py" line="57"/>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/recommendations.py" line="66"/>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/recommendations.py" line="75"/>
        <source>An NVIDIA GPU is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/recommendations.py" line="83"/>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/recommendations.py" line="100"/>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <location filename="../qt/meaning.py" line="217"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/meaning.py" line="247"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/meaning.py" line="253"/>
        <source>{0}
Similarity {1}

{2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/meaning.py" line="259"/>
        <source>Nothing close in meaning yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <location filename="../qt/dashboard_widgets.py" line="101"/>
        <source>last {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_widgets.py" line="129"/>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagSuggestions</name>
    <message>
        <location filename="../qt/meaning.py" line="157"/>
        <source>Suggested:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/meaning.py" line="176"/>
        <source>+ {0}  {1}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/meaning.py" line="180"/>
        <source>Add the tag “{0}” ({1}% confident; {2} memories of the vault carry it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <location filename="../qt/timefmt.py" line="34"/>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../qt/unlock_dialog.py" line="55"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="55"/>
        <location filename="../qt/unlock_dialog.py" line="157"/>
        <location filename="../qt/unlock_dialog.py" line="220"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="69"/>
        <source>Create your MEMSHADOW vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="71"/>
        <source>Unlock your MEMSHADOW vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="81"/>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="85"/>
        <source>Enter the passphrase that protects this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="90"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="98"/>
        <source>Protect the vault key with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="102"/>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="123"/>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="127"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="132"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="133"/>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="157"/>
        <location filename="../qt/unlock_dialog.py" line="220"/>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="163"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="181"/>
        <source>Protection in use: passphrase (Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="185"/>
        <source>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="192"/>
        <source>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="199"/>
        <source>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="218"/>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="218"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="236"/>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="239"/>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/unlock_dialog.py" line="243"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <location filename="../qt/status_bar.py" line="145"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="149"/>
        <source>Protection: passphrase (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="151"/>
        <source>Protection: system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="154"/>
        <source>The vault key is protected by your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="156"/>
        <source>The vault key is kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="161"/>
        <source>{0} memories · {1} in trash · {2} revisions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../qt/window_actions.py" line="24"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="26"/>
        <source>Write a new memory (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="28"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="30"/>
        <source>Save a new revision (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="34"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="42"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="47"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="51"/>
        <source>Show or hide the history of the memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="53"/>
        <source>&amp;Import Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="54"/>
        <source>Import the .md and .txt notes of a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="55"/>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="57"/>
        <source>Show &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="59"/>
        <source>&amp;Hardware Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="61"/>
        <source>The system, the accelerators, the model in use and a benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="63"/>
        <source>&amp;About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="76"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="92"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="102"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="105"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="111"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="117"/>
        <source>About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="119"/>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
