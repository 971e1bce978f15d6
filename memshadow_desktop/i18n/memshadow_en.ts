<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../qt/dashboard_generation.py" line="44"/>
        <source>GenerationSection</source>
        <comment>none</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_generation.py" line="45"/>
        <source>GenerationSection</source>
        <comment>{0}; devices: {1}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_generation.py" line="48"/>
        <source>GenerationSection</source>
        <comment>not installed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_generation.py" line="53"/>
        <source>GenerationSection</source>
        <comment>Model {0} on {1}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qt/dashboard_generation.py" line="59"/>
        <source>GenerationSection</source>
        <comment>{0} tokens/s generating, {1} tokens/s reading the prompt (over {2} answers)</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qt/dashboard_generation.py" line="66"/>
        <source>GenerationSection</source>
        <comment>No answer measured yet.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_generation.py" line="68"/>
        <source>GenerationSection</source>
        <comment>No generation model is installed.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../qt/screenshot.py" line="53"/>
        <source>invalid choice: {0} (choose from {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/screenshot.py" line="98"/>
        <source>cannot write {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/app.py" line="322"/>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <location filename="../qt/shell.py" line="175"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="177"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="183"/>
        <source>Sync stopped because many memories were deleted at once. Delete them on every device too? (They stay in each device&apos;s trash.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="187"/>
        <source>Sync waits for your confirmation to go on. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="188"/>
        <source>Confirm sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="276"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="277"/>
        <source>Save the changes to this memory before locking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="342"/>
        <source>MEMSHADOW is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="344"/>
        <source>It keeps syncing in the background. Open it or quit it from its icon in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="357"/>
        <source>MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/shell.py" line="359"/>
        <source>GNOME shows no tray icons without an extension, so MEMSHADOW quits when its window is closed, and sync stops with it. To keep it syncing in the background, install the “{0}” extension and start MEMSHADOW again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <location filename="../qt/ask_words.py" line="30"/>
        <source>{0} is not installed ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="33"/>
        <source>{0} is installed but does not work here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="36"/>
        <source>{0} does not run {1} models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="39"/>
        <source>no GPU here: {0} runs on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="42"/>
        <source>{0} could not run on {1}, so the CPU runs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="45"/>
        <source>{0} on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="48"/>
        <source>{0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="51"/>
        <source>{0} on the CPU, as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="54"/>
        <source>Checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="57"/>
        <source>Downloading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="60"/>
        <source>Unpacking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="63"/>
        <source>Answered from your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="64"/>
        <source>Not found in your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="65"/>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="66"/>
        <source>The vault holds no memories yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="85"/>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_words.py" line="98"/>
        <source>first words after {0:.1f} s, {1} tokens/s; {2} prompt tokens ({3} cached), {4} of {5} for notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AskPanel</name>
    <message>
        <location filename="../qt/ask_panel.py" line="67"/>
        <source>Ask my memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="71"/>
        <source>Ask a question about your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="73"/>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="75"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="88"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="97"/>
        <source>Save as memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="142"/>
        <source>Looking through your notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qt/ask_panel.py" line="172"/>
        <source>Answering from %n note(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="188"/>
        <source>Your notes do not seem to answer this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="196"/>
        <source>No note was close enough to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="200"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="221"/>
        <source>Saved as a memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../qt/conflicts_view.py" line="51"/>
        <source>Sync conflicts — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="90"/>
        <location filename="../qt/conflicts_view.py" line="130"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="59"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="60"/>
        <source>Automatic Merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="79"/>
        <source>These memories were changed on two devices at once. Both versions are kept until you choose. Resolve… shows both side by side and lets you pick, change by change; settling a conflict here settles it on every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="90"/>
        <source>What collides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="90"/>
        <location filename="../qt/conflicts_view.py" line="130"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="90"/>
        <location filename="../qt/conflicts_view.py" line="130"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="98"/>
        <source>Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="100"/>
        <source>Open Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="102"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="104"/>
        <source>Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="107"/>
        <source>Keep Both as Separate Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="110"/>
        <source>The whole memory as that device has it, every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="119"/>
        <source>Memories merged without asking in the last {0} days: two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="130"/>
        <source>Merged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="143"/>
        <source>Undo This Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="215"/>
        <source>edited here, deleted there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="217"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qt/conflicts_view.py" line="219"/>
        <source>text (%n change(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="221"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="222"/>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../qt/conflicts_view.py" line="253"/>
        <source>%n line(s) from {0}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="259"/>
        <source>From {0}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="262"/>
        <source>(only removed lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="264"/>
        <source>Changed since the merge: restore a version from its history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="174"/>
        <location filename="../qt/conflicts_view.py" line="187"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="184"/>
        <source>device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="197"/>
        <source>Changed since: restore from its history instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/conflicts_view.py" line="207"/>
        <source>No conflicts: everything is in step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../qt/prefs_sync.py" line="201"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="201"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="201"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="201"/>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="209"/>
        <source>This device&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="214"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="220"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="224"/>
        <source>Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="237"/>
        <source>Revoking a device (a lost or sold one) stops it at once: the server refuses it, so it sends and receives nothing more. It cannot erase what that device already has: its vault stays on it, still encrypted with its own key. The account gets a new data key, so nothing written from now on opens with the keys it kept. Revoking needs the account passphrase; each device can only rename itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="325"/>
        <source>The account passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="250"/>
        <source>Set up sync first: then your devices show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="268"/>
        <source>{0} (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="275"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="277"/>
        <source>online now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="320"/>
        <source>Revoke {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="321"/>
        <source>Revoke “{0}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../qt/wizard.py" line="475"/>
        <source>Your vault is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="476"/>
        <source>All of this can be changed later, in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="491"/>
        <source>Protection: the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="493"/>
        <source>Protection: your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="497"/>
        <source>Sync: account {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="499"/>
        <source>Sync: not set up (Preferences › Sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="502"/>
        <source>Memories: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="505"/>
        <source>Search by meaning: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="507"/>
        <source>Search: by words (get a model in Preferences › Search)</source>
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
        <location filename="../qt/messages.py" line="14"/>
        <source>A memory needs a title or some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="17"/>
        <source>The text holds characters that cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="20"/>
        <source>There is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="23"/>
        <source>Choose a passphrase for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="26"/>
        <source>The passphrase is too short: at least {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="29"/>
        <source>Cannot read the passphrase file {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="32"/>
        <source>No passphrase given: set {env} or use --passphrase-file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="35"/>
        <source>The system keyring refused to give the vault key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="38"/>
        <source>The system keyring is not available, so the vault key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="41"/>
        <source>The vault key is not in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="44"/>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="47"/>
        <source>A device needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="48"/>
        <source>This vault synced with another account before. Joining this one sends every memory to it; confirm to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="53"/>
        <source>Sync stopped before deleting many memories at once. Check the trash, then confirm with Sync now in the Sync preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="58"/>
        <source>The sync server holds nothing of this account any more. Confirm to upload this vault to it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="63"/>
        <source>This conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="66"/>
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
        <source>This memory changed in the meantime, so nothing was written. Reload and choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="76"/>
        <source>Some conflicting changes have no choice yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="79"/>
        <source>This conflict has no such change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="82"/>
        <source>That is not a way to settle a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="85"/>
        <source>Give at least six characters of the id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="88"/>
        <source>More than one item starts with that id: give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="91"/>
        <source>The vault&apos;s header file is missing ({path}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="94"/>
        <source>The vault&apos;s database is missing ({path}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="97"/>
        <source>The vault&apos;s header belongs to another vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="100"/>
        <source>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="105"/>
        <source>No embedding model is installed, so search by meaning is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="108"/>
        <source>The stored search index does not fit the model in use; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="111"/>
        <source>The embedding model cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="114"/>
        <source>No accelerator or CPU could run the embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="117"/>
        <source>The embedding model failed on this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="121"/>
        <source>No generation model is installed: download one or import a GGUF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="124"/>
        <source>The library that runs this generation model ({backend}) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="127"/>
        <source>The generation model cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="130"/>
        <source>The generation model stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="133"/>
        <source>This is neither a GGUF model file nor an ONNX GenAI model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="136"/>
        <source>A generation model of that name is already installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="139"/>
        <source>This catalogue model has no pinned checksum, so it is not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="142"/>
        <source>The question is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="143"/>
        <source>The question is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="146"/>
        <source>There is no answer to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="151"/>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="154"/>
        <source>The vault is locked: its key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="155"/>
        <source>There is no vault at {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="156"/>
        <source>A vault already exists at {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="157"/>
        <source>The vault header is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="160"/>
        <source>This is not a MEMSHADOW vault, or the key does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="163"/>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="166"/>
        <source>MEMSHADOW already runs for this vault (process {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="169"/>
        <source>Not found: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="170"/>
        <source>This was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="171"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="174"/>
        <source>The vault could not be read or written. Nothing saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="177"/>
        <source>The sync server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="178"/>
        <source>Stopped. What was done is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="179"/>
        <source>That sync passphrase does not open this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="182"/>
        <source>That account exists already: join it instead of creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="185"/>
        <source>This device was removed from the sync account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="186"/>
        <source>Sync is not set up on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="187"/>
        <source>This server takes new accounts only with an invite code from its owner, or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="191"/>
        <source>This account&apos;s room on the sync server is full. Nothing was lost here; the changes wait until the server&apos;s owner makes room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="196"/>
        <source>Sync needs an https:// server address (plain http:// only to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="199"/>
        <source>The sync account does not know this device any more: set up sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="202"/>
        <source>The sync server did not accept this device&apos;s login: set up sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="205"/>
        <source>The sync server sent something this version cannot read. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="208"/>
        <source>This changed meanwhile somewhere else. Look at it again and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="211"/>
        <source>Sync waits for you to confirm what it is about to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="214"/>
        <source>The sync server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="215"/>
        <source>The sync server refused a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="216"/>
        <source>Sync failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="217"/>
        <source>Search by meaning failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="226"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="231"/>
        <source>Something went wrong ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../qt/wizard.py" line="80"/>
        <source>Welcome to MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <location filename="../qt/prefs_general.py" line="45"/>
        <source>Start MEMSHADOW when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="52"/>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="61"/>
        <source>This desktop shows no tray icons, so closing the window quits MEMSHADOW (and sync stops with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="69"/>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="75"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="77"/>
        <source>A new language shows when MEMSHADOW starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="83"/>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="86"/>
        <source>Tell me about sync conflicts, sync problems and a removed device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="94"/>
        <source>Not snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="95"/>
        <source>Snooze for 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="96"/>
        <source>Snooze until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="104"/>
        <source>Notifications never show what a memory says, not even its title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="130"/>
        <source>Written to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="144"/>
        <source>Snoozed until {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GenerationSection</name>
    <message>
        <location filename="../qt/dashboard_generation.py" line="25"/>
        <source>Generation (Ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_generation.py" line="26"/>
        <source>Probing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HardwareDashboard</name>
    <message>
        <location filename="../qt/dashboard.py" line="83"/>
        <source>Hardware — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="121"/>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="127"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="128"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="129"/>
        <source>CPU features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="130"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="131"/>
        <source>GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="132"/>
        <source>NPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="133"/>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="135"/>
        <location filename="../qt/dashboard.py" line="184"/>
        <source>Probing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="150"/>
        <source>Live statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="156"/>
        <source>Inferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="157"/>
        <source>Texts embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="158"/>
        <source>Average latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="159"/>
        <source>Items per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="183"/>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="193"/>
        <source>Execution providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="196"/>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="197"/>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="198"/>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="199"/>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="200"/>
        <source>Items/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="201"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="202"/>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="210"/>
        <source>Model and precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="217"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="218"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="219"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="220"/>
        <source>Accuracy vs FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="221"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="222"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="229"/>
        <source>Use this precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="233"/>
        <source>Search switches to it; the vault is embedded again in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="247"/>
        <source>Benchmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="249"/>
        <source>Benchmark this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="259"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="266"/>
        <source>Measures how fast the model in use embeds notes and answers a query here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="358"/>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Get one in Preferences › Search (a download, or a folder you have) to search by meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="29"/>
        <location filename="../qt/dashboard_views.py" line="67"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="30"/>
        <source>{0} cores, {1} threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="44"/>
        <source>{0} total, {1} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="35"/>
        <source>none detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="34"/>
        <source>unknown model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="72"/>
        <source>on battery, {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="76"/>
        <source>mains power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="78"/>
        <source>, battery {0}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="82"/>
        <source>unknown (no power sensor readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="89"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="90"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="91"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="363"/>
        <location filename="../qt/dashboard.py" line="364"/>
        <source>not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="366"/>
        <source>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="370"/>
        <source>Fallback: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="126"/>
        <source>min {0} · mean {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="136"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="138"/>
        <source>offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_views.py" line="140"/>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="381"/>
        <source>The engine has not reported precision variants for this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="385"/>
        <source>A variant is offered only when it matches FP32 on the probe set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="391"/>
        <source>Install a model first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="422"/>
        <source>Nothing to recommend: this machine is used as well as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="437"/>
        <source>No model: nothing is embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="453"/>
        <source>texts embedded per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="455"/>
        <source>p50 {0} · p95 {1} (engine statistics since start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="467"/>
        <source>memories indexed per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="470"/>
        <source>{0} memories indexed, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="493"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="502"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="507"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard.py" line="520"/>
        <source>{0}{1} notes per second over {2} probe texts; one query embeds in {3} (p50), {4} (p95).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <location filename="../qt/history.py" line="38"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="74"/>
        <source>Select a revision to see its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="81"/>
        <source>Restore this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="89"/>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="90"/>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="91"/>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="92"/>
        <source>moved to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="93"/>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="94"/>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="95"/>
        <source>conflicting edits, both kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="96"/>
        <source>conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="97"/>
        <source>automatic merge undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="110"/>
        <source>  (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="154"/>
        <source>this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="155"/>
        <source>device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="132"/>
        <source>1 revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="118"/>
        <source>this device ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="122"/>
        <source>Revision {0}
Device: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="134"/>
        <source>{0} revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="167"/>
        <source>Nothing selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="193"/>
        <source>Title: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="193"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="195"/>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/history.py" line="197"/>
        <source>in the trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../qt/wizard.py" line="367"/>
        <source>Bring in your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="370"/>
        <source>Import a folder of Markdown or text notes (sub-folders too), or skip this: you can import more at any time from the File menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="375"/>
        <source>Choose a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="402"/>
        <source>Import notes from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="423"/>
        <source>Imported {0}: {1} new, {2} skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <location filename="../qt/status_bar.py" line="74"/>
        <source>Loading the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="77"/>
        <source>Search by meaning is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="82"/>
        <source>Search: full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="84"/>
        <source>Get an embedding model in Preferences › Search to search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="86"/>
        <source>No embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="91"/>
        <source>Updating the embedding model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="102"/>
        <source>Search by meaning: {0} indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="103"/>
        <source>Every memory is indexed for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="111"/>
        <source>Indexing paused: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="112"/>
        <source>Paused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="114"/>
        <source>Indexing: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="116"/>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="124"/>
        <source>Embedding model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="126"/>
        <source>Fallback: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="133"/>
        <source>Search: locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <location filename="../qt/lock.py" line="56"/>
        <source>Your vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/lock.py" line="72"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/lock.py" line="75"/>
        <location filename="../qt/lock.py" line="113"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/lock.py" line="103"/>
        <source>Nothing of it stays decrypted in memory. Sync waits: changes from your other devices arrive once you unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/lock.py" line="113"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../qt/main_window.py" line="70"/>
        <source>MEMSHADOW[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="194"/>
        <source>MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="264"/>
        <source>Trash ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="264"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="267"/>
        <source>Memories ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="452"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="452"/>
        <source>New memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="453"/>
        <source>{0}[*] — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="462"/>
        <location filename="../qt/main_window.py" line="556"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="463"/>
        <source>Discard the changes to this memory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="497"/>
        <source>MEMSHADOW — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_commands.py" line="93"/>
        <source>Saved a new memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_commands.py" line="102"/>
        <source>Saved a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_commands.py" line="120"/>
        <source>Moved “{0}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_commands.py" line="149"/>
        <source>Restored “{0}” from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_commands.py" line="165"/>
        <source>Restored an earlier version as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_commands.py" line="172"/>
        <source>Import notes from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_commands.py" line="188"/>
        <source>Imported {0}: {1} new, {2} updated, {3} unchanged, {4} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="557"/>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeaningLoader</name>
    <message>
        <location filename="../qt/meaning.py" line="323"/>
        <source>Get an embedding model (Preferences › Search) to see memories related in meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/meaning.py" line="346"/>
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
        <source>Matching words only. Get an embedding model in Preferences › Search to search by meaning.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../qt/merge_dialog.py" line="67"/>
        <source>Resolve a conflict — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="84"/>
        <source>Show the common ancestor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="102"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="110"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="111"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="112"/>
        <source>Keep Both as Separate Memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="114"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="137"/>
        <source>Conflicting change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="142"/>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="143"/>
        <source>Previous conflicting change (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="145"/>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="146"/>
        <source>Next conflicting change (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="161"/>
        <source>Edit by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="162"/>
        <source>Change this part in the result below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="192"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="195"/>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="211"/>
        <source>Text (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="212"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="249"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="251"/>
        <source>Edited on one device and deleted on another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="253"/>
        <source>Both devices changed the same part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="257"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} Changes that did not collide are already in the result; choose for each conflicting change below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="262"/>
        <source>Common ancestor — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="264"/>
        <source>Common ancestor — none (no shared version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="266"/>
        <location filename="../qt/merge_dialog.py" line="418"/>
        <source>Mine — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="267"/>
        <location filename="../qt/merge_dialog.py" line="419"/>
        <source>Theirs — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="347"/>
        <source>This memory changed while the dialog was open, so nothing was written. Reload to merge against the new version (your choices here are dropped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="381"/>
        <source>No conflicting changes: finish to keep the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="384"/>
        <source>Change {0} of {1}: {2}. Still to choose: {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="394"/>
        <source>Choose for every conflicting change first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="407"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="409"/>
        <source>tag “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="411"/>
        <source>deleted or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="412"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="438"/>
        <source>Keep Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="439"/>
        <source>Keep Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="440"/>
        <source>Keep Both, Mine First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="441"/>
        <source>Keep Both, Theirs First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="444"/>
        <location filename="../qt/merge_dialog.py" line="447"/>
        <source>Keep the Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="444"/>
        <location filename="../qt/merge_dialog.py" line="447"/>
        <source>Remove the Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="452"/>
        <source>Restore with the Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="452"/>
        <source>Keep Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="473"/>
        <source>keeps the tag “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="473"/>
        <source>removed the tag “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="477"/>
        <source>moved it to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="477"/>
        <source>edited it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="483"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="483"/>
        <location filename="../qt/merge_state.py" line="266"/>
        <source>Tags: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="487"/>
        <source>removed on one device, kept on the other: {0} (kept unless you remove them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_dialog.py" line="490"/>
        <source>the memory stays in the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_state.py" line="235"/>
        <source>device {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_state.py" line="239"/>
        <source>{0} (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_state.py" line="264"/>
        <source>Title: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/merge_state.py" line="269"/>
        <source>(moved to the trash)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelGetter</name>
    <message>
        <location filename="../qt/model_getter.py" line="64"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="68"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="87"/>
        <source>Import a Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="90"/>
        <source>A sentence-transformers model folder, converted here (no PyTorch needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="107"/>
        <source>installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="151"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="160"/>
        <source>Downloading: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="171"/>
        <source>A sentence-transformers folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="190"/>
        <source>Download stopped. Download again to go on from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/model_getter.py" line="198"/>
        <source>Installed {0}: search by meaning is on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <location filename="../qt/wizard.py" line="443"/>
        <source>Search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="446"/>
        <source>A small model on this device finds notes by what they mean; nothing goes to the cloud. Download one (about 90 MB), import a folder, or skip.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../qt/messages.py" line="250"/>
        <source>on battery at {0}% (below {1}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="257"/>
        <source>(no description: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="77"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="83"/>
        <source>{0} is {1}× faster than FP32 here at {2} minimum cosine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="88"/>
        <source>{0} is {1}× slower than FP32 here at {2} minimum cosine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="100"/>
        <source>Could not be built or loaded ({0}): {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="107"/>
        <source>CoreML exists only on macOS; this is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="110"/>
        <source>This ONNX Runtime has no CoreML provider (install the official macOS wheel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="113"/>
        <source>DirectML exists only on Windows (onnxruntime-directml); this is {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="116"/>
        <source>onnxruntime-directml is not installed (the plain wheel lacks DirectML).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="119"/>
        <source>CUDA does not exist on macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="122"/>
        <source>This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="128"/>
        <source>Not part of the installed ONNX Runtime {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="125"/>
        <source>TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="41"/>
        <source>Get an embedding model to search by meaning: Preferences › Search (or &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="131"/>
        <source>{0} is not installed. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="134"/>
        <source>{0} failed to start: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="137"/>
        <source>{0} is listed by the session but ran no part of a test run (ran: {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="141"/>
        <source>The session fell back to the CPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="145"/>
        <source>Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="148"/>
        <source>MLProgram format on every compute unit (Neural Engine, GPU, CPU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="151"/>
        <source>Memory pattern off and sequential execution (DirectML requires both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="154"/>
        <source>The adapter is chosen with device_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="157"/>
        <source>device_id picks the GPU; gpu_mem_limit caps its memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="160"/>
        <source>One thread per physical core ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="163"/>
        <source>Fused attention, LayerNorm and GELU; INT8 uses VNNI where present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="167"/>
        <source>The only provider installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="170"/>
        <source>The CPU, by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="173"/>
        <source>The fastest measured here ({0} texts per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="176"/>
        <source>The only provider that works here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="180"/>
        <source>NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="183"/>
        <source>No NVIDIA driver was found ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="186"/>
        <source>Asking the NVIDIA driver failed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="189"/>
        <source>No display adapter is visible on this system (no /sys/class/drm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="192"/>
        <source>Intel NPU unknown: the OpenVINO runtime cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="195"/>
        <source>No battery or mains sensor is readable: the power source is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="199"/>
        <source>The fast graph does not match the reference (min cosine {0}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="202"/>
        <source>Min cosine {0} to FP32 is below {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="207"/>
        <source>Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), then memories are embedded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="212"/>
        <source>Model {0} is rebuilt from {1} (a minute or two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="215"/>
        <source>The older build of model {0} stays in use: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="218"/>
        <source>Converting {0} to ONNX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="221"/>
        <source>Checking the FP32 reference…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="224"/>
        <source>Building and checking {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="227"/>
        <source>Downloading {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="231"/>
        <source>Get an embedding model to search by meaning: Preferences › Search (or memshadow models download all-MiniLM-L6-v2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="236"/>
        <source>{0} is not offered. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="240"/>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="243"/>
        <source>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="246"/>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="251"/>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="256"/>
        <source>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="259"/>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="262"/>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../qt/notifications.py" line="95"/>
        <source>{0} found: both versions are kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notifications.py" line="103"/>
        <source>MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../qt/preferences.py" line="26"/>
        <source>Preferences — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/preferences.py" line="38"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/preferences.py" line="39"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/preferences.py" line="40"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/preferences.py" line="41"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/preferences.py" line="42"/>
        <source>Security</source>
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
    <name>SearchTab</name>
    <message>
        <location filename="../qt/prefs_search.py" line="29"/>
        <source>The model in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="33"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="37"/>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="40"/>
        <source>Runs on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="42"/>
        <source>Get a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="47"/>
        <source>Search by meaning needs an embedding model on this device (no cloud). Download one from the catalogue, or import a sentence-transformers folder you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="58"/>
        <source>Index Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="60"/>
        <source>Embed every memory again with the model in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="80"/>
        <source>(chosen when search first runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="92"/>
        <source>None: search finds words, not meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="102"/>
        <source> — {0:.3f} similarity to FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="125"/>
        <source>Index again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_search.py" line="127"/>
        <source>Embed every memory again? Search by meaning finds less until it is done (it runs in the background).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <location filename="../qt/prefs_general.py" line="161"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="163"/>
        <source>After {0} minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="165"/>
        <source>After 1 minute without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="171"/>
        <source>&amp;Lock the vault:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="174"/>
        <source>Lock Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="183"/>
        <source>Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the editor and the search index are emptied, and sync waits for the unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="193"/>
        <source>How the vault key is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="203"/>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="210"/>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="212"/>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="219"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="222"/>
        <location filename="../qt/prefs_general.py" line="265"/>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="226"/>
        <source>Keep the Key in the System Keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="233"/>
        <source>This desktop has no system keyring, so the passphrase protects the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="255"/>
        <source>The vault key is protected by your passphrase (Argon2id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="258"/>
        <source>The vault key is kept in the system keyring: the vault opens when you log in. Choose a passphrase below to protect it with one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="265"/>
        <source>Use This Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="272"/>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="276"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="292"/>
        <source>The vault key is now protected by the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="298"/>
        <source>Enter the current passphrase to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_general.py" line="305"/>
        <source>The vault key is now kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <location filename="../qt/dashboard_widgets.py" line="129"/>
        <source>last {0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/dashboard_widgets.py" line="157"/>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../qt/strength.py" line="113"/>
        <source>Type a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/strength.py" line="115"/>
        <source>Too short (at least {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/strength.py" line="117"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/strength.py" line="118"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/strength.py" line="119"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/strength.py" line="120"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/strength.py" line="121"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../qt/sync_words.py" line="19"/>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="20"/>
        <source>{0} changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="25"/>
        <source>1 conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="26"/>
        <source>{0} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="41"/>
        <source>tomorrow {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="48"/>
        <source>Vault locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="50"/>
        <source>Sync is not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="53"/>
        <source>Synced · last sync {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="54"/>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="57"/>
        <source>Receiving changes: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="61"/>
        <source>Syncing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="62"/>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="65"/>
        <source>Sync paused until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="66"/>
        <source>Sync paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="69"/>
        <source>Offline · {0} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="70"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="72"/>
        <source>Indexing for search: {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="81"/>
        <source>Sync stopped: this device was removed from the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="83"/>
        <source>Sync stopped before deleting many memories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="85"/>
        <source>Sync stopped: the server holds nothing of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="87"/>
        <source>Sync waits for your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="89"/>
        <source>Sync stopped: the server refused this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="91"/>
        <source>Sync stopped: the vault could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="93"/>
        <source>Sync stopped unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="94"/>
        <source>Sync failed ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="101"/>
        <source>Unlock it to see your memories; sync waits until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="103"/>
        <source>They go out by themselves when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="105"/>
        <source>Set it up in Preferences to keep your devices in step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="109"/>
        <source>To sync again, sign out and set up sync in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="111"/>
        <source>Check the trash; then choose Sync now to confirm the deletions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="113"/>
        <source>Choose Sync now to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="115"/>
        <source>Check the account in Preferences › Sync, or set sync up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="117"/>
        <source>Free some disk space; sync tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="119"/>
        <source>Quit MEMSHADOW and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="120"/>
        <source>Sync tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_words.py" line="130"/>
        <source>{0} need you: choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <location filename="../qt/sync_area.py" line="67"/>
        <source>Choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../qt/wizard.py" line="267"/>
        <source>Sync with your other devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="270"/>
        <source>Join the account of your other devices, create one on your own sync server, or skip this and set it up later in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="278"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="327"/>
        <source>Set up. First sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="339"/>
        <source>The first sync failed: {0} It goes on once the app runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="346"/>
        <source>Synced: {0} memories on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="359"/>
        <source>First sync: {0} of {1} changes received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSetupForm</name>
    <message>
        <location filename="../qt/sync_setup.py" line="58"/>
        <source>Join an existing sync account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="60"/>
        <source>Create a new sync account (first device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="97"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="100"/>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="104"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="111"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="116"/>
        <source>from the server&apos;s owner: memshadow-server invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="117"/>
        <source>&amp;Invite code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="122"/>
        <source>This &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="141"/>
        <location filename="../qt/sync_setup.py" line="197"/>
        <source>Create Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="141"/>
        <location filename="../qt/sync_setup.py" line="197"/>
        <source>Join Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="145"/>
        <source>The passphrase encrypts your memories before they leave this device; the server never sees it. Every device of the account needs it. It cannot be recovered: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="151"/>
        <source>Use the server, account and passphrase you chose on your first device. This device&apos;s memories join the account&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="165"/>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="167"/>
        <source>Enter the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="169"/>
        <source>Enter the sync passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="172"/>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="176"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="178"/>
        <source>Give this device a name (for your other devices to show).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="195"/>
        <source>Setting up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="235"/>
        <source>Another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/sync_setup.py" line="237"/>
        <source>This vault synced with another account before. Join this one and send every memory to it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../qt/prefs_sync.py" line="66"/>
        <source>Sync keeps your devices in step through a server you run yourself. Everything is encrypted on this device first: the server never sees a memory or the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="86"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="90"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="93"/>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="96"/>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="99"/>
        <source>Waiting to go out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="101"/>
        <source>Conflicts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="104"/>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="113"/>
        <source>Sign Out of Sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="121"/>
        <source>Signing out stops sync on this device; every memory stays in this vault. You can set sync up again at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="147"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="149"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="152"/>
        <source>Resume Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="152"/>
        <source>Pause Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="175"/>
        <source>Sign out of sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/prefs_sync.py" line="177"/>
        <source>This device leaves the sync account: it stops sending and receiving changes, and the server forgets its access. Every memory stays in this vault. Sign out?</source>
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
    <name>TrayMenu</name>
    <message>
        <location filename="../qt/tray.py" line="55"/>
        <source>Open MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="56"/>
        <source>Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="57"/>
        <source>Pause Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="59"/>
        <source>For 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="63"/>
        <source>Until Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="67"/>
        <source>Until I Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="70"/>
        <source>Resume Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="73"/>
        <source>Lock Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="74"/>
        <source>Unlock Vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="75"/>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="77"/>
        <source>Quit MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/tray.py" line="94"/>
        <source>Resolve {0}…</source>
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
    <name>VaultPage</name>
    <message>
        <location filename="../qt/wizard.py" line="149"/>
        <source>Create your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="152"/>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody, not even a sync server, can read them without your key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="157"/>
        <source>Create Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="159"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="164"/>
        <source>Protect the vault key with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="171"/>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="187"/>
        <source>At least {0} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="189"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="196"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="210"/>
        <source>The random vault key goes to your system keyring: the vault opens when you log in. You can choose a passphrase instead later, in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="215"/>
        <source>There is no way to recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="224"/>
        <source>Choose a passphrase of at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/wizard.py" line="228"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <location filename="../qt/status_bar.py" line="161"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="165"/>
        <source>Passphrase (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="165"/>
        <source>System keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="168"/>
        <source>The vault key is protected by your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="170"/>
        <source>The vault key is kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="175"/>
        <source>{0} memories · {1} in trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="179"/>
        <source>{0} revisions in all</source>
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
        <source>Sync &amp;Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="64"/>
        <source>Send and receive changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="65"/>
        <source>Resolve &amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="66"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="69"/>
        <source>&amp;Lock Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="71"/>
        <source>Hide every memory until the vault is unlocked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="72"/>
        <source>&amp;Quit MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="75"/>
        <source>&amp;About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="104"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="120"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="132"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="137"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="143"/>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="147"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="153"/>
        <source>About MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/window_actions.py" line="155"/>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../qt/ask_panel.py" line="271"/>
        <source>Ask my memories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/ask_panel.py" line="275"/>
        <source>&amp;Ask</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
