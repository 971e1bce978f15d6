<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>invalid choice: {0} (choose from {1})</source>
        <translation>invalid choice: {0} (choose from {1})</translation>
    </message>
    <message>
        <source>cannot write {0}</source>
        <translation>cannot write {0}</translation>
    </message>
    <message>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
        <translation>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Sync stopped because many memories were deleted at once. Delete them on every device too? (They stay in each device&apos;s trash.)</source>
        <translation>Sync stopped because many memories were deleted at once. Delete them on every device too? (They stay in each device&apos;s trash.)</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation to go on. Go on?</source>
        <translation>Sync waits for your confirmation to go on. Go on?</translation>
    </message>
    <message>
        <source>Confirm sync</source>
        <translation>Confirm sync</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to this memory before locking?</source>
        <translation>Save the changes to this memory before locking?</translation>
    </message>
    <message>
        <source>MEMSHADOW is still running</source>
        <translation>MEMSHADOW is still running</translation>
    </message>
    <message>
        <source>It keeps syncing in the background. Open it or quit it from its icon in the tray.</source>
        <translation>It keeps syncing in the background. Open it or quit it from its icon in the tray.</translation>
    </message>
    <message>
        <source>MEMSHADOW</source>
        <translation>MEMSHADOW</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons without an extension, so MEMSHADOW quits when its window is closed, and sync stops with it. To keep it syncing in the background, install the “{0}” extension and start MEMSHADOW again.</source>
        <translation>GNOME shows no tray icons without an extension, so MEMSHADOW quits when its window is closed, and sync stops with it. To keep it syncing in the background, install the “{0}” extension and start MEMSHADOW again.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>{0} is not installed ({1}).</source>
        <translation>{0} is not installed ({1}).</translation>
    </message>
    <message>
        <source>{0} is installed but does not work here.</source>
        <translation>{0} is installed but does not work here.</translation>
    </message>
    <message>
        <source>{0} does not run {1} models.</source>
        <translation>{0} does not run {1} models.</translation>
    </message>
    <message>
        <source>no GPU here: {0} runs on the CPU</source>
        <translation>no GPU here: {0} runs on the CPU</translation>
    </message>
    <message>
        <source>{0} could not run on {1}, so the CPU runs it</source>
        <translation>{0} could not run on {1}, so the CPU runs it</translation>
    </message>
    <message>
        <source>{0} on the CPU</source>
        <translation>{0} on the CPU</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} on {1}</translation>
    </message>
    <message>
        <source>{0} on the CPU, as chosen</source>
        <translation>{0} on the CPU, as chosen</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Checking {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Downloading {0}…</translation>
    </message>
    <message>
        <source>Unpacking {0}…</source>
        <translation>Unpacking {0}…</translation>
    </message>
    <message>
        <source>Answered from your notes.</source>
        <translation>Answered from your notes.</translation>
    </message>
    <message>
        <source>Not found in your notes.</source>
        <translation>Not found in your notes.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>The vault holds no memories yet.</source>
        <translation>The vault holds no memories yet.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>first words after {0:.1f} s, {1} tokens/s; {2} ({3} cached), {4} of {5} for notes</source>
        <translation>first words after {0:.1f} s, {1} tokens/s; {2} ({3} cached), {4} of {5} for notes</translation>
    </message>
</context>
<context>
    <name>AskPanel</name>
    <message>
        <source>Ask my memories</source>
        <translation>Ask my memories</translation>
    </message>
    <message>
        <source>Ask a question about your notes…</source>
        <translation>Ask a question about your notes…</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Ask</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Save as memory</source>
        <translation>Save as memory</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Looking through your notes…</translation>
    </message>
    <message numerus="yes">
        <source>Answering from %n note(s)…</source>
        <translation>
            <numerusform>Answering from %n note…</numerusform>
            <numerusform>Answering from %n notes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes do not seem to answer this.</source>
        <translation>Your notes do not seem to answer this.</translation>
    </message>
    <message>
        <source>No note was close enough to use.</source>
        <translation>No note was close enough to use.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>cited</translation>
    </message>
    <message>
        <source>Saved as a memory.</source>
        <translation>Saved as a memory.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts — MEMSHADOW</source>
        <translation>Sync conflicts — MEMSHADOW</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <source>Automatic Merges</source>
        <translation>Automatic Merges</translation>
    </message>
    <message>
        <source>These memories were changed on two devices at once. Both versions are kept until you choose. Resolve… shows both side by side and lets you pick, change by change; settling a conflict here settles it on every device.</source>
        <translation>These memories were changed on two devices at once. Both versions are kept until you choose. Resolve… shows both side by side and lets you pick, change by change; settling a conflict here settles it on every device.</translation>
    </message>
    <message>
        <source>What collides</source>
        <translation>What collides</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Open Memory</source>
        <translation>Open Memory</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Keep Theirs</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Keep Both as Separate Memories</translation>
    </message>
    <message>
        <source>The whole memory as that device has it, every change</source>
        <translation>The whole memory as that device has it, every change</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Merged by</translation>
    </message>
    <message>
        <source>Undo This Merge</source>
        <translation>Undo This Merge</translation>
    </message>
    <message>
        <source>edited here, deleted there</source>
        <translation>edited here, deleted there</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message numerus="yes">
        <source>text (%n change(s))</source>
        <translation>
            <numerusform>text (%n change)</numerusform>
            <numerusform>text (%n changes)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags</source>
        <translation>tags</translation>
    </message>
    <message>
        <source>content</source>
        <translation>content</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from {0}</source>
        <translation>
            <numerusform>%n line from {0}</numerusform>
            <numerusform>%n lines from {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>From {0}:</source>
        <translation>From {0}:</translation>
    </message>
    <message>
        <source>(only removed lines)</source>
        <translation>(only removed lines)</translation>
    </message>
    <message>
        <source>Changed since the merge: restore a version from its history.</source>
        <translation>Changed since the merge: restore a version from its history.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message numerus="yes">
        <source>Memories merged without asking in the last %n day(s): two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</source>
        <translation>
            <numerusform>Memories merged without asking in the last %n day: two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</numerusform>
            <numerusform>Memories merged without asking in the last %n days: two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</numerusform>
        </translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>device {0}</translation>
    </message>
    <message>
        <source>Changed since: restore from its history instead</source>
        <translation>Changed since: restore from its history instead</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step.</source>
        <translation>No conflicts: everything is in step.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflict</numerusform>
            <numerusform>%Ln conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) need you: choose what to keep</source>
        <translation>
            <numerusform>%Ln conflict needs you: choose what to keep</numerusform>
            <numerusform>%Ln conflicts need you: choose what to keep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core(s)</source>
        <translation>
            <numerusform>%Ln core</numerusform>
            <numerusform>%Ln cores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln thread</numerusform>
            <numerusform>%Ln threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(over %Ln answer(s))</source>
        <translation>
            <numerusform>(over %Ln answer)</numerusform>
            <numerusform>(over %Ln answers)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt token(s)</source>
        <translation>
            <numerusform>%Ln prompt token</numerusform>
            <numerusform>%Ln prompt tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln token</numerusform>
            <numerusform>%Ln tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln related</source>
        <translation>
            <numerusform>%Ln related</numerusform>
            <numerusform>%Ln related</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s)</source>
        <translation>
            <numerusform>%Ln neighbour</numerusform>
            <numerusform>%Ln neighbours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>This device&apos;s name:</source>
        <translation>This device&apos;s name:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Revoking a device (a lost or sold one) stops it at once: the server refuses it, so it sends and receives nothing more. It cannot erase what that device already has: its vault stays on it, still encrypted with its own key. The account gets a new data key, so nothing written from now on opens with the keys it kept. Revoking needs the account passphrase; each device can only rename itself.</source>
        <translation>Revoking a device (a lost or sold one) stops it at once: the server refuses it, so it sends and receives nothing more. It cannot erase what that device already has: its vault stays on it, still encrypted with its own key. The account gets a new data key, so nothing written from now on opens with the keys it kept. Revoking needs the account passphrase; each device can only rename itself.</translation>
    </message>
    <message>
        <source>The account passphrase:</source>
        <translation>The account passphrase:</translation>
    </message>
    <message>
        <source>Set up sync first: then your devices show here.</source>
        <translation>Set up sync first: then your devices show here.</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (this device)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>online now</source>
        <translation>online now</translation>
    </message>
    <message>
        <source>Revoke {0}</source>
        <translation>Revoke {0}</translation>
    </message>
    <message>
        <source>Revoke “{0}”?</source>
        <translation>Revoke “{0}”?</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Your vault is ready</translation>
    </message>
    <message>
        <source>All of this can be changed later, in Preferences.</source>
        <translation>All of this can be changed later, in Preferences.</translation>
    </message>
    <message>
        <source>Protection: the system keyring</source>
        <translation>Protection: the system keyring</translation>
    </message>
    <message>
        <source>Protection: your passphrase</source>
        <translation>Protection: your passphrase</translation>
    </message>
    <message>
        <source>Sync: account {0} on {1}</source>
        <translation>Sync: account {0} on {1}</translation>
    </message>
    <message>
        <source>Sync: not set up (Preferences › Sync)</source>
        <translation>Sync: not set up (Preferences › Sync)</translation>
    </message>
    <message>
        <source>Memories: {0}</source>
        <translation>Memories: {0}</translation>
    </message>
    <message>
        <source>Search by meaning: {0}</source>
        <translation>Search by meaning: {0}</translation>
    </message>
    <message>
        <source>Search: by words (get a model in Preferences › Search)</source>
        <translation>Search: by words (get a model in Preferences › Search)</translation>
    </message>
</context>
<context>
    <name>EdgePlan</name>
    <message>
        <source>Minimal</source>
        <translation>Minimal</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>{0} MB of RAM</source>
        <translation>{0} MB of RAM</translation>
    </message>
    <message>
        <source>chosen in the settings or by the agent</source>
        <translation>chosen in the settings or by the agent</translation>
    </message>
    <message>
        <source>chosen, though {0} MB of RAM suits {1}: it may run out of memory</source>
        <translation>chosen, though {0} MB of RAM suits {1}: it may run out of memory</translation>
    </message>
    <message>
        <source>no embedding model installed</source>
        <translation>no embedding model installed</translation>
    </message>
    <message>
        <source>no validated model variant fits in {0} MB</source>
        <translation>no validated model variant fits in {0} MB</translation>
    </message>
    <message>
        <source>the {0} variant ({1} MB) fits</source>
        <translation>the {0} variant ({1} MB) fits</translation>
    </message>
    <message>
        <source>{0} instead of {1}: this profile allows {2}</source>
        <translation>{0} instead of {1}: this profile allows {2}</translation>
    </message>
    <message>
        <source>the model&apos;s validated choice</source>
        <translation>the model&apos;s validated choice</translation>
    </message>
    <message>
        <source>the model offers no validated variant this profile allows</source>
        <translation>the model offers no validated variant this profile allows</translation>
    </message>
    <message>
        <source>it ran a real session here</source>
        <translation>it ran a real session here</translation>
    </message>
    <message>
        <source>no usable accelerator</source>
        <translation>no usable accelerator</translation>
    </message>
    <message>
        <source>{0} is usable, but this profile keeps inference on the CPU</source>
        <translation>{0} is usable, but this profile keeps inference on the CPU</translation>
    </message>
    <message>
        <source>no local embedding</source>
        <translation>no local embedding</translation>
    </message>
    <message>
        <source>{0} is not installed</source>
        <translation>{0} is not installed</translation>
    </message>
    <message>
        <source>no generation model installed</source>
        <translation>no generation model installed</translation>
    </message>
    <message>
        <source>answers with {0}</source>
        <translation>answers with {0}</translation>
    </message>
    <message>
        <source>too small for local generation</source>
        <translation>too small for local generation</translation>
    </message>
    <message>
        <source>mains power and a normal network</source>
        <translation>mains power and a normal network</translation>
    </message>
    <message>
        <source>on battery: Normal and Low wait {0}× longer</source>
        <translation>on battery: Normal and Low wait {0}× longer</translation>
    </message>
    <message>
        <source>battery saver: Normal and Low wait {0}× longer</source>
        <translation>battery saver: Normal and Low wait {0}× longer</translation>
    </message>
    <message>
        <source>metered network: only Critical and High changes are sent</source>
        <translation>metered network: only Critical and High changes are sent</translation>
    </message>
    <message>
        <source>the settings wait for each deadline</source>
        <translation>the settings wait for each deadline</translation>
    </message>
    <message>
        <source>waits on battery below {0}%</source>
        <translation>waits on battery below {0}%</translation>
    </message>
    <message>
        <source>on battery at {0}%, below {1}%</source>
        <translation>on battery at {0}%, below {1}%</translation>
    </message>
    <message>
        <source>nothing to index with</source>
        <translation>nothing to index with</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>allowed</translation>
    </message>
    <message>
        <source>not on a metered network</source>
        <translation>not on a metered network</translation>
    </message>
    <message>
        <source>{0} MB free, {1} MB needed</source>
        <translation>{0} MB free, {1} MB needed</translation>
    </message>
    <message>
        <source>at most {0}% of the RAM</source>
        <translation>at most {0}% of the RAM</translation>
    </message>
    <message>
        <source>what the agent stays under</source>
        <translation>what the agent stays under</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(no description: {0})</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>at once</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>prefetches {0} and {1}</source>
        <translation>prefetches {0} and {1}</translation>
    </message>
    <message>
        <source>no prefetch</source>
        <translation>no prefetch</translation>
    </message>
    <message>
        <source>meaning and words, {0}</source>
        <translation>meaning and words, {0}</translation>
    </message>
    <message>
        <source>words only</source>
        <translation>words only</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>runs</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>L1 {0} MB in memory, {1}; L2 the encrypted vault</source>
        <translation>L1 {0} MB in memory, {1}; L2 the encrypted vault</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>This device&apos;s plan</source>
        <translation>This device&apos;s plan</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Sync deadlines</source>
        <translation>Sync deadlines</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexing</translation>
    </message>
    <message>
        <source>Model downloads</source>
        <translation>Model downloads</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Memory ceiling</source>
        <translation>Memory ceiling</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Probing…</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>comma, separated, tags</translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation>Write in markdown…</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Restore from Trash</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>New memory, not saved yet</source>
        <translation>New memory, not saved yet</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Updated {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>created {0}</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>from {0}</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>In the trash</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Unsaved changes</translation>
    </message>
    <message>
        <source>Read-only while in the trash</source>
        <translation>Read-only while in the trash</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A memory needs a title or some text.</source>
        <translation>A memory needs a title or some text.</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be kept.</source>
        <translation>The text holds characters that cannot be kept.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>There is nothing to change.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>Choose a passphrase for the vault.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {minimum} characters.</source>
        <translation>The passphrase is too short: at least {minimum} characters.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {why}</source>
        <translation>Cannot read the passphrase file {path}: {why}</translation>
    </message>
    <message>
        <source>No passphrase given: set {env} or use --passphrase-file.</source>
        <translation>No passphrase given: set {env} or use --passphrase-file.</translation>
    </message>
    <message>
        <source>The system keyring refused to give the vault key.</source>
        <translation>The system keyring refused to give the vault key.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the vault key cannot be read.</source>
        <translation>The system keyring is not available, so the vault key cannot be read.</translation>
    </message>
    <message>
        <source>The vault key is not in the system keyring.</source>
        <translation>The vault key is not in the system keyring.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>The vault is locked. Unlock it to go on.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>A device needs a name.</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Joining this one sends every memory to it; confirm to go on.</source>
        <translation>This vault synced with another account before. Joining this one sends every memory to it; confirm to go on.</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories at once. Check the trash, then confirm with Sync now in the Sync preferences.</source>
        <translation>Sync stopped before deleting many memories at once. Check the trash, then confirm with Sync now in the Sync preferences.</translation>
    </message>
    <message>
        <source>The sync server holds nothing of this account any more. Confirm to upload this vault to it again.</source>
        <translation>The sync server holds nothing of this account any more. Confirm to upload this vault to it again.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>This conflict is already resolved.</translation>
    </message>
    <message>
        <source>There is no merged text to keep.</source>
        <translation>There is no merged text to keep.</translation>
    </message>
    <message>
        <source>That is not a way to resolve it.</source>
        <translation>That is not a way to resolve it.</translation>
    </message>
    <message>
        <source>This memory changed in the meantime, so nothing was written. Reload and choose again.</source>
        <translation>This memory changed in the meantime, so nothing was written. Reload and choose again.</translation>
    </message>
    <message>
        <source>Some conflicting changes have no choice yet.</source>
        <translation>Some conflicting changes have no choice yet.</translation>
    </message>
    <message>
        <source>This conflict has no such change.</source>
        <translation>This conflict has no such change.</translation>
    </message>
    <message>
        <source>That is not a way to settle a change.</source>
        <translation>That is not a way to settle a change.</translation>
    </message>
    <message>
        <source>Give at least six characters of the id.</source>
        <translation>Give at least six characters of the id.</translation>
    </message>
    <message>
        <source>More than one item starts with that id: give more of it.</source>
        <translation>More than one item starts with that id: give more of it.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is missing ({path}). Nothing was changed.</source>
        <translation>The vault&apos;s header file is missing ({path}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is missing ({path}). Nothing was changed.</source>
        <translation>The vault&apos;s database is missing ({path}). Nothing was changed.</translation>
    </message>
    <message>
        <source>The vault&apos;s header belongs to another vault. Nothing was changed.</source>
        <translation>The vault&apos;s header belongs to another vault. Nothing was changed.</translation>
    </message>
    <message>
        <source>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</source>
        <translation>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</translation>
    </message>
    <message>
        <source>No embedding model is installed, so search by meaning is off.</source>
        <translation>No embedding model is installed, so search by meaning is off.</translation>
    </message>
    <message>
        <source>The stored search index does not fit the model in use; it will be rebuilt.</source>
        <translation>The stored search index does not fit the model in use; it will be rebuilt.</translation>
    </message>
    <message>
        <source>The embedding model cannot be loaded.</source>
        <translation>The embedding model cannot be loaded.</translation>
    </message>
    <message>
        <source>No accelerator or CPU could run the embedding model.</source>
        <translation>No accelerator or CPU could run the embedding model.</translation>
    </message>
    <message>
        <source>The embedding model failed on this text.</source>
        <translation>The embedding model failed on this text.</translation>
    </message>
    <message>
        <source>No generation model is installed: download one or import a GGUF file.</source>
        <translation>No generation model is installed: download one or import a GGUF file.</translation>
    </message>
    <message>
        <source>The library that runs this generation model ({backend}) is not installed.</source>
        <translation>The library that runs this generation model ({backend}) is not installed.</translation>
    </message>
    <message>
        <source>The generation model cannot be loaded.</source>
        <translation>The generation model cannot be loaded.</translation>
    </message>
    <message>
        <source>The generation model stopped with an error.</source>
        <translation>The generation model stopped with an error.</translation>
    </message>
    <message>
        <source>This is neither a GGUF model file nor an ONNX GenAI model folder.</source>
        <translation>This is neither a GGUF model file nor an ONNX GenAI model folder.</translation>
    </message>
    <message>
        <source>A generation model of that name is already installed.</source>
        <translation>A generation model of that name is already installed.</translation>
    </message>
    <message>
        <source>This catalogue model has no pinned checksum, so it is not downloaded.</source>
        <translation>This catalogue model has no pinned checksum, so it is not downloaded.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>The question is empty.</translation>
    </message>
    <message>
        <source>The question is too long: at most {limit} characters.</source>
        <translation>The question is too long: at most {limit} characters.</translation>
    </message>
    <message>
        <source>There is no answer to save yet.</source>
        <translation>There is no answer to save yet.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation>That passphrase does not unlock this vault. Check it and try again.</translation>
    </message>
    <message>
        <source>The vault is locked: its key is not available.</source>
        <translation>The vault is locked: its key is not available.</translation>
    </message>
    <message>
        <source>There is no vault at {detail}.</source>
        <translation>There is no vault at {detail}.</translation>
    </message>
    <message>
        <source>A vault already exists at {detail}.</source>
        <translation>A vault already exists at {detail}.</translation>
    </message>
    <message>
        <source>The vault header is damaged. Nothing was changed.</source>
        <translation>The vault header is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>This is not a MEMSHADOW vault, or the key does not open it.</source>
        <translation>This is not a MEMSHADOW vault, or the key does not open it.</translation>
    </message>
    <message>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation>The vault is busy in another MEMSHADOW process. Try again in a moment.</translation>
    </message>
    <message>
        <source>MEMSHADOW already runs for this vault (process {pid}).</source>
        <translation>MEMSHADOW already runs for this vault (process {pid}).</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>Not found: {detail}</translation>
    </message>
    <message>
        <source>This was not accepted.</source>
        <translation>This was not accepted.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>The disk is full. Nothing was lost; free some space and try again.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing saved was lost.</source>
        <translation>The vault could not be read or written. Nothing saved was lost.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation>The sync server cannot be reached.</translation>
    </message>
    <message>
        <source>Stopped. What was done is kept.</source>
        <translation>Stopped. What was done is kept.</translation>
    </message>
    <message>
        <source>That sync passphrase does not open this account.</source>
        <translation>That sync passphrase does not open this account.</translation>
    </message>
    <message>
        <source>That account exists already: join it instead of creating it.</source>
        <translation>That account exists already: join it instead of creating it.</translation>
    </message>
    <message>
        <source>This device was removed from the sync account.</source>
        <translation>This device was removed from the sync account.</translation>
    </message>
    <message>
        <source>Sync is not set up on this device.</source>
        <translation>Sync is not set up on this device.</translation>
    </message>
    <message>
        <source>This server takes new accounts only with an invite code from its owner, or not at all.</source>
        <translation>This server takes new accounts only with an invite code from its owner, or not at all.</translation>
    </message>
    <message>
        <source>This account&apos;s room on the sync server is full. Nothing was lost here; the changes wait until the server&apos;s owner makes room.</source>
        <translation>This account&apos;s room on the sync server is full. Nothing was lost here; the changes wait until the server&apos;s owner makes room.</translation>
    </message>
    <message>
        <source>Sync needs an https:// server address (plain http:// only to this computer).</source>
        <translation>Sync needs an https:// server address (plain http:// only to this computer).</translation>
    </message>
    <message>
        <source>The sync account does not know this device any more: set up sync again.</source>
        <translation>The sync account does not know this device any more: set up sync again.</translation>
    </message>
    <message>
        <source>The sync server did not accept this device&apos;s login: set up sync again.</source>
        <translation>The sync server did not accept this device&apos;s login: set up sync again.</translation>
    </message>
    <message>
        <source>The sync server sent something this version cannot read. Nothing was applied.</source>
        <translation>The sync server sent something this version cannot read. Nothing was applied.</translation>
    </message>
    <message>
        <source>This changed meanwhile somewhere else. Look at it again and retry.</source>
        <translation>This changed meanwhile somewhere else. Look at it again and retry.</translation>
    </message>
    <message>
        <source>Sync waits for you to confirm what it is about to do.</source>
        <translation>Sync waits for you to confirm what it is about to do.</translation>
    </message>
    <message>
        <source>The sync server refused the request.</source>
        <translation>The sync server refused the request.</translation>
    </message>
    <message>
        <source>The sync server refused a change.</source>
        <translation>The sync server refused a change.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Sync failed.</translation>
    </message>
    <message>
        <source>Search by meaning failed.</source>
        <translation>Search by meaning failed.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Something went wrong: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}).</source>
        <translation>Something went wrong ({0}).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to MEMSHADOW</source>
        <translation>Welcome to MEMSHADOW</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Start MEMSHADOW when I log in</source>
        <translation>Start MEMSHADOW when I log in</translation>
    </message>
    <message>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation>Keep syncing in the tray when the window is closed</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing the window quits MEMSHADOW (and sync stops with it).</source>
        <translation>This desktop shows no tray icons, so closing the window quits MEMSHADOW (and sync stops with it).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language shows when MEMSHADOW starts again.</source>
        <translation>A new language shows when MEMSHADOW starts again.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Tell me about sync conflicts, sync problems and a removed device</source>
        <translation>Tell me about sync conflicts, sync problems and a removed device</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Not snoozed</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Snooze for 1 hour</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Snooze until tomorrow</translation>
    </message>
    <message>
        <source>Notifications never show what a memory says, not even its title.</source>
        <translation>Notifications never show what a memory says, not even its title.</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Written to {0}</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>Snoozed until {0}</translation>
    </message>
</context>
<context>
    <name>GenerationSection</name>
    <message>
        <source>Generation (Ask)</source>
        <translation>Generation (Ask)</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Probing…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{0}; devices: {1}</source>
        <translation>{0}; devices: {1}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>not installed</translation>
    </message>
    <message>
        <source>Model {0} on {1}</source>
        <translation>Model {0} on {1}</translation>
    </message>
    <message>
        <source>{0} tokens/s generating, {1} tokens/s reading the prompt {2}</source>
        <translation>{0} tokens/s generating, {1} tokens/s reading the prompt {2}</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>No answer measured yet.</translation>
    </message>
    <message>
        <source>No generation model is installed.</source>
        <translation>No generation model is installed.</translation>
    </message>
</context>
<context>
    <name>HardwareDashboard</name>
    <message>
        <source>Hardware — MEMSHADOW</source>
        <translation>Hardware — MEMSHADOW</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>This machine</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU features</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation>NPUs</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Probing…</translation>
    </message>
    <message>
        <source>Live statistics</source>
        <translation>Live statistics</translation>
    </message>
    <message>
        <source>Inferences</source>
        <translation>Inferences</translation>
    </message>
    <message>
        <source>Texts embedded</source>
        <translation>Texts embedded</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Average latency</translation>
    </message>
    <message>
        <source>Items per second</source>
        <translation>Items per second</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>Execution providers</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installed</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Items/s</source>
        <translation>Items/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Why not</translation>
    </message>
    <message>
        <source>Model and precision</source>
        <translation>Model and precision</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Accuracy vs FP32</source>
        <translation>Accuracy vs FP32</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Use this precision</source>
        <translation>Use this precision</translation>
    </message>
    <message>
        <source>Search switches to it; the vault is embedded again in the background</source>
        <translation>Search switches to it; the vault is embedded again in the background</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <source>Benchmark this machine</source>
        <translation>Benchmark this machine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Measures how fast the model in use embeds notes and answers a query here.</source>
        <translation>Measures how fast the model in use embeds notes and answers a query here.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Get one in Preferences › Search (a download, or a folder you have) to search by meaning.</source>
        <translation>&lt;b&gt;No embedding model installed.&lt;/b&gt; Get one in Preferences › Search (a download, or a folder you have) to search by meaning.</translation>
    </message>
    <message>
        <source>{0}, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</source>
        <translation>{0}, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies) indexed</source>
        <translation>
            <numerusform>%Ln memory indexed</numerusform>
            <numerusform>%Ln memories indexed</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}{1} notes per second over {2}; one query embeds in {3} (p50), {4} (p95).</source>
        <translation>{0}{1} notes per second over {2}; one query embeds in {3} (p50), {4} (p95).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln probe text(s)</source>
        <translation>
            <numerusform>%Ln probe text</numerusform>
            <numerusform>%Ln probe texts</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>{0} total, {1} available</source>
        <translation>{0} total, {1} available</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>none detected</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unknown model</translation>
    </message>
    <message>
        <source>on battery, {0}%</source>
        <translation>on battery, {0}%</translation>
    </message>
    <message>
        <source>mains power</source>
        <translation>mains power</translation>
    </message>
    <message>
        <source>, battery {0}%</source>
        <translation>, battery {0}%</translation>
    </message>
    <message>
        <source>unknown (no power sensor readable)</source>
        <translation>unknown (no power sensor readable)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Fallback: {0}</translation>
    </message>
    <message>
        <source>min {0} · mean {1}</source>
        <translation>min {0} · mean {1}</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>offered</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>not offered</translation>
    </message>
    <message>
        <source>The engine has not reported precision variants for this model.</source>
        <translation>The engine has not reported precision variants for this model.</translation>
    </message>
    <message>
        <source>A variant is offered only when it matches FP32 on the probe set.</source>
        <translation>A variant is offered only when it matches FP32 on the probe set.</translation>
    </message>
    <message>
        <source>Install a model first</source>
        <translation>Install a model first</translation>
    </message>
    <message>
        <source>Nothing to recommend: this machine is used as well as it can be.</source>
        <translation>Nothing to recommend: this machine is used as well as it can be.</translation>
    </message>
    <message>
        <source>No model: nothing is embedded.</source>
        <translation>No model: nothing is embedded.</translation>
    </message>
    <message>
        <source>texts embedded per second</source>
        <translation>texts embedded per second</translation>
    </message>
    <message>
        <source>p50 {0} · p95 {1} (engine statistics since start)</source>
        <translation>p50 {0} · p95 {1} (engine statistics since start)</translation>
    </message>
    <message>
        <source>memories indexed per second</source>
        <translation>memories indexed per second</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Measuring…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelled. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Select a revision to see its text.</source>
        <translation>Select a revision to see its text.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>created</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>moved to trash</source>
        <translation>moved to trash</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restored</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>conflicting edits, both kept</source>
        <translation>conflicting edits, both kept</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflict resolved</translation>
    </message>
    <message>
        <source>automatic merge undone</source>
        <translation>automatic merge undone</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  (current)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revision</numerusform>
            <numerusform>%Ln revisions</numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation>this device</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>device {0}</translation>
    </message>
    <message>
        <source>this device ({0})</source>
        <translation>this device ({0})</translation>
    </message>
    <message>
        <source>Revision {0}
Device: {1}</source>
        <translation>Revision {0}
Device: {1}</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nothing selected.</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Title: {0}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Tags: {0}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>in the trash</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Bring in your notes</source>
        <translation>Bring in your notes</translation>
    </message>
    <message>
        <source>Import a folder of Markdown or text notes (sub-folders too), or skip this: you can import more at any time from the File menu.</source>
        <translation>Import a folder of Markdown or text notes (sub-folders too), or skip this: you can import more at any time from the File menu.</translation>
    </message>
    <message>
        <source>Choose a Folder…</source>
        <translation>Choose a Folder…</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Import notes from a folder</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}.</source>
        <translation>Imported {0}: {1}, {2}.</translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <source>Loading the search index…</source>
        <translation>Loading the search index…</translation>
    </message>
    <message>
        <source>Search by meaning is unavailable</source>
        <translation>Search by meaning is unavailable</translation>
    </message>
    <message>
        <source>Search: full text</source>
        <translation>Search: full text</translation>
    </message>
    <message>
        <source>Get an embedding model in Preferences › Search to search by meaning</source>
        <translation>Get an embedding model in Preferences › Search to search by meaning</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>No embedding model</translation>
    </message>
    <message>
        <source>Updating the embedding model…</source>
        <translation>Updating the embedding model…</translation>
    </message>
    <message numerus="yes">
        <source>Search by meaning: %Ln indexed</source>
        <translation>
            <numerusform>Search by meaning: %Ln indexed</numerusform>
            <numerusform>Search by meaning: %Ln indexed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused: %Ln to go</source>
        <translation>
            <numerusform>Indexing paused: %Ln to go</numerusform>
            <numerusform>Indexing paused: %Ln to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing: %Ln to go</source>
        <translation>
            <numerusform>Indexing: %Ln to go</numerusform>
            <numerusform>Indexing: %Ln to go</numerusform>
        </translation>
    </message>
    <message>
        <source>Every memory is indexed for search by meaning</source>
        <translation>Every memory is indexed for search by meaning</translation>
    </message>
    <message>
        <source>Paused: {0}</source>
        <translation>Paused: {0}</translation>
    </message>
    <message>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation>Memories are embedded in the background for search by meaning</translation>
    </message>
    <message>
        <source>Embedding model: {0}</source>
        <translation>Embedding model: {0}</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Fallback: {0}</translation>
    </message>
    <message>
        <source>Search: locked</source>
        <translation>Search: locked</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <source>Your vault is locked</source>
        <translation>Your vault is locked</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Nothing of it stays decrypted in memory. Sync waits: changes from your other devices arrive once you unlock.</source>
        <translation>Nothing of it stays decrypted in memory. Sync waits: changes from your other devices arrive once you unlock.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>MEMSHADOW[*]</source>
        <translation>MEMSHADOW[*]</translation>
    </message>
    <message>
        <source>MEMSHADOW</source>
        <translation>MEMSHADOW</translation>
    </message>
    <message>
        <source>Trash ({0})</source>
        <translation>Trash ({0})</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Memories ({0})</source>
        <translation>Memories ({0})</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>New memory</source>
        <translation>New memory</translation>
    </message>
    <message>
        <source>{0}[*] — MEMSHADOW</source>
        <translation>{0}[*] — MEMSHADOW</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard the changes to this memory?</source>
        <translation>Discard the changes to this memory?</translation>
    </message>
    <message>
        <source>MEMSHADOW — locked</source>
        <translation>MEMSHADOW — locked</translation>
    </message>
    <message>
        <source>Saved a new memory</source>
        <translation>Saved a new memory</translation>
    </message>
    <message>
        <source>Saved a new revision</source>
        <translation>Saved a new revision</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash</source>
        <translation>Moved “{0}” to the trash</translation>
    </message>
    <message>
        <source>Restored “{0}” from the trash</source>
        <translation>Restored “{0}” from the trash</translation>
    </message>
    <message>
        <source>Restored an earlier version as a new revision</source>
        <translation>Restored an earlier version as a new revision</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Import notes from a folder</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}, {3}, {4}</source>
        <translation>Imported {0}: {1}, {2}, {3}, {4}</translation>
    </message>
    <message>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation>This memory has unsaved changes. Close anyway and lose them?</translation>
    </message>
    <message>
        <source>Ask my memories…</source>
        <translation>Ask my memories…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Ask</translation>
    </message>
</context>
<context>
    <name>MeaningLoader</name>
    <message>
        <source>Get an embedding model (Preferences › Search) to see memories related in meaning.</source>
        <translation>Get an embedding model (Preferences › Search) to see memories related in meaning.</translation>
    </message>
    <message>
        <source>Related memories appear once the vault is indexed.</source>
        <translation>Related memories appear once the vault is indexed.</translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <source>meaning {0}</source>
        <translation>meaning {0}</translation>
    </message>
    <message>
        <source>words {0}</source>
        <translation>words {0}</translation>
    </message>
    <message>
        <source>Search memories</source>
        <translation>Search memories</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Memories</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Trash</translation>
    </message>
    <message>
        <source>Search disabled in the trash</source>
        <translation>Search disabled in the trash</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>The trash is empty.</translation>
    </message>
    <message>
        <source>No memory matches “{0}”.</source>
        <translation>No memory matches “{0}”.</translation>
    </message>
    <message>
        <source>No memories yet. Press New to write one.</source>
        <translation>No memories yet. Press New to write one.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>by meaning</source>
        <translation>by meaning</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>full text</translation>
    </message>
    <message>
        <source>Hybrid search: ranked by meaning, with a boost for the words you typed</source>
        <translation>Hybrid search: ranked by meaning, with a boost for the words you typed</translation>
    </message>
    <message>
        <source>Search by meaning only</source>
        <translation>Search by meaning only</translation>
    </message>
    <message>
        <source>Full-text search: memories that contain the words you typed</source>
        <translation>Full-text search: memories that contain the words you typed</translation>
    </message>
    <message>
        <source>Matching words only. Get an embedding model in Preferences › Search to search by meaning.</source>
        <translation>Matching words only. Get an embedding model in Preferences › Search to search by meaning.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resolve a conflict — MEMSHADOW</source>
        <translation>Resolve a conflict — MEMSHADOW</translation>
    </message>
    <message>
        <source>Show the common ancestor</source>
        <translation>Show the common ancestor</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Keep Both as Separate Memories</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Conflicting change</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Previous conflicting change (Alt+Up)</source>
        <translation>Previous conflicting change (Alt+Up)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Next conflicting change (Alt+Down)</source>
        <translation>Next conflicting change (Alt+Down)</translation>
    </message>
    <message>
        <source>Edit by Hand</source>
        <translation>Edit by Hand</translation>
    </message>
    <message>
        <source>Change this part in the result below</source>
        <translation>Change this part in the result below</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Text (editable)</source>
        <translation>Text (editable)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Edited on one device and deleted on another.</source>
        <translation>Edited on one device and deleted on another.</translation>
    </message>
    <message>
        <source>Both devices changed the same part.</source>
        <translation>Both devices changed the same part.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} Changes that did not collide are already in the result; choose for each conflicting change below.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} Changes that did not collide are already in the result; choose for each conflicting change below.</translation>
    </message>
    <message>
        <source>Common ancestor — {0}</source>
        <translation>Common ancestor — {0}</translation>
    </message>
    <message>
        <source>Common ancestor — none (no shared version)</source>
        <translation>Common ancestor — none (no shared version)</translation>
    </message>
    <message>
        <source>Mine — {0}</source>
        <translation>Mine — {0}</translation>
    </message>
    <message>
        <source>Theirs — {0}</source>
        <translation>Theirs — {0}</translation>
    </message>
    <message>
        <source>This memory changed while the dialog was open, so nothing was written. Reload to merge against the new version (your choices here are dropped).</source>
        <translation>This memory changed while the dialog was open, so nothing was written. Reload to merge against the new version (your choices here are dropped).</translation>
    </message>
    <message>
        <source>No conflicting changes: finish to keep the result.</source>
        <translation>No conflicting changes: finish to keep the result.</translation>
    </message>
    <message>
        <source>Change {0} of {1}: {2}. Still to choose: {3}.</source>
        <translation>Change {0} of {1}: {2}. Still to choose: {3}.</translation>
    </message>
    <message>
        <source>Choose for every conflicting change first</source>
        <translation>Choose for every conflicting change first</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>tag “{0}”</source>
        <translation>tag “{0}”</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>deleted or kept</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Keep Mine</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Keep Theirs</translation>
    </message>
    <message>
        <source>Keep Both, Mine First</source>
        <translation>Keep Both, Mine First</translation>
    </message>
    <message>
        <source>Keep Both, Theirs First</source>
        <translation>Keep Both, Theirs First</translation>
    </message>
    <message>
        <source>Keep the Tag</source>
        <translation>Keep the Tag</translation>
    </message>
    <message>
        <source>Remove the Tag</source>
        <translation>Remove the Tag</translation>
    </message>
    <message>
        <source>Restore with the Edit</source>
        <translation>Restore with the Edit</translation>
    </message>
    <message>
        <source>Keep Deleted</source>
        <translation>Keep Deleted</translation>
    </message>
    <message>
        <source>keeps the tag “{0}”</source>
        <translation>keeps the tag “{0}”</translation>
    </message>
    <message>
        <source>removed the tag “{0}”</source>
        <translation>removed the tag “{0}”</translation>
    </message>
    <message>
        <source>moved it to the trash</source>
        <translation>moved it to the trash</translation>
    </message>
    <message>
        <source>edited it</source>
        <translation>edited it</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Tags: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>removed on one device, kept on the other: {0} (kept unless you remove them)</source>
        <translation>removed on one device, kept on the other: {0} (kept unless you remove them)</translation>
    </message>
    <message>
        <source>the memory stays in the trash</source>
        <translation>the memory stays in the trash</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>device {0}</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (this device)</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Title: {0}</translation>
    </message>
    <message>
        <source>(moved to the trash)</source>
        <translation>(moved to the trash)</translation>
    </message>
</context>
<context>
    <name>ModelGetter</name>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>Import a Folder…</translation>
    </message>
    <message>
        <source>A sentence-transformers model folder, converted here (no PyTorch needed)</source>
        <translation>A sentence-transformers model folder, converted here (no PyTorch needed)</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installed</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Downloading: {0} of {1}</source>
        <translation>Downloading: {0} of {1}</translation>
    </message>
    <message>
        <source>A sentence-transformers folder</source>
        <translation>A sentence-transformers folder</translation>
    </message>
    <message>
        <source>Download stopped. Download again to go on from where it stopped.</source>
        <translation>Download stopped. Download again to go on from where it stopped.</translation>
    </message>
    <message>
        <source>Installed {0}: search by meaning is on.</source>
        <translation>Installed {0}: search by meaning is on.</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Search by meaning</source>
        <translation>Search by meaning</translation>
    </message>
    <message>
        <source>A small model on this device finds notes by what they mean; nothing goes to the cloud. Download one (about 90 MB), import a folder, or skip.</source>
        <translation>A small model on this device finds notes by what they mean; nothing goes to the cloud. Download one (about 90 MB), import a folder, or skip.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>on battery at {0}% (below {1}%)</source>
        <translation>on battery at {0}% (below {1}%)</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(no description: {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} minimum cosine.</source>
        <translation>{0} is {1}× faster than FP32 here at {2} minimum cosine.</translation>
    </message>
    <message>
        <source>{0} is {1}× slower than FP32 here at {2} minimum cosine.</source>
        <translation>{0} is {1}× slower than FP32 here at {2} minimum cosine.</translation>
    </message>
    <message>
        <source>Could not be built or loaded ({0}): {1}</source>
        <translation>Could not be built or loaded ({0}): {1}</translation>
    </message>
    <message>
        <source>CoreML exists only on macOS; this is {0}.</source>
        <translation>CoreML exists only on macOS; this is {0}.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CoreML provider (install the official macOS wheel).</source>
        <translation>This ONNX Runtime has no CoreML provider (install the official macOS wheel).</translation>
    </message>
    <message>
        <source>DirectML exists only on Windows (onnxruntime-directml); this is {0}.</source>
        <translation>DirectML exists only on Windows (onnxruntime-directml); this is {0}.</translation>
    </message>
    <message>
        <source>onnxruntime-directml is not installed (the plain wheel lacks DirectML).</source>
        <translation>onnxruntime-directml is not installed (the plain wheel lacks DirectML).</translation>
    </message>
    <message>
        <source>CUDA does not exist on macOS.</source>
        <translation>CUDA does not exist on macOS.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README).</source>
        <translation>This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README).</translation>
    </message>
    <message>
        <source>Not part of the installed ONNX Runtime {0}.</source>
        <translation>Not part of the installed ONNX Runtime {0}.</translation>
    </message>
    <message>
        <source>TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries.</source>
        <translation>TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries.</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</source>
        <translation>Get an embedding model to search by meaning: Preferences › Search (or &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>{0} is not installed. {1}</source>
        <translation>{0} is not installed. {1}</translation>
    </message>
    <message>
        <source>{0} failed to start: {1}</source>
        <translation>{0} failed to start: {1}</translation>
    </message>
    <message>
        <source>{0} is listed by the session but ran no part of a test run (ran: {1}).</source>
        <translation>{0} is listed by the session but ran no part of a test run (ran: {1}).</translation>
    </message>
    <message>
        <source>The session fell back to the CPU.</source>
        <translation>The session fell back to the CPU.</translation>
    </message>
    <message>
        <source>Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling.</source>
        <translation>Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling.</translation>
    </message>
    <message>
        <source>MLProgram format on every compute unit (Neural Engine, GPU, CPU).</source>
        <translation>MLProgram format on every compute unit (Neural Engine, GPU, CPU).</translation>
    </message>
    <message>
        <source>Memory pattern off and sequential execution (DirectML requires both).</source>
        <translation>Memory pattern off and sequential execution (DirectML requires both).</translation>
    </message>
    <message>
        <source>The adapter is chosen with device_id.</source>
        <translation>The adapter is chosen with device_id.</translation>
    </message>
    <message>
        <source>device_id picks the GPU; gpu_mem_limit caps its memory.</source>
        <translation>device_id picks the GPU; gpu_mem_limit caps its memory.</translation>
    </message>
    <message>
        <source>One thread per physical core ({0}).</source>
        <translation>One thread per physical core ({0}).</translation>
    </message>
    <message>
        <source>Fused attention, LayerNorm and GELU; INT8 uses VNNI where present.</source>
        <translation>Fused attention, LayerNorm and GELU; INT8 uses VNNI where present.</translation>
    </message>
    <message>
        <source>The only provider installed.</source>
        <translation>The only provider installed.</translation>
    </message>
    <message>
        <source>The CPU, by default.</source>
        <translation>The CPU, by default.</translation>
    </message>
    <message>
        <source>The fastest measured here ({0} texts per second).</source>
        <translation>The fastest measured here ({0} texts per second).</translation>
    </message>
    <message>
        <source>The only provider that works here.</source>
        <translation>The only provider that works here.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed.</source>
        <translation>NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed.</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found ({0}).</source>
        <translation>No NVIDIA driver was found ({0}).</translation>
    </message>
    <message>
        <source>Asking the NVIDIA driver failed ({0}).</source>
        <translation>Asking the NVIDIA driver failed ({0}).</translation>
    </message>
    <message>
        <source>No display adapter is visible on this system (no /sys/class/drm).</source>
        <translation>No display adapter is visible on this system (no /sys/class/drm).</translation>
    </message>
    <message>
        <source>Intel NPU unknown: the OpenVINO runtime cannot be loaded.</source>
        <translation>Intel NPU unknown: the OpenVINO runtime cannot be loaded.</translation>
    </message>
    <message>
        <source>No battery or mains sensor is readable: the power source is unknown.</source>
        <translation>No battery or mains sensor is readable: the power source is unknown.</translation>
    </message>
    <message>
        <source>The fast graph does not match the reference (min cosine {0}).</source>
        <translation>The fast graph does not match the reference (min cosine {0}).</translation>
    </message>
    <message>
        <source>Min cosine {0} to FP32 is below {1}.</source>
        <translation>Min cosine {0} to FP32 is below {1}.</translation>
    </message>
    <message>
        <source>Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), then memories are embedded again.</source>
        <translation>Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), then memories are embedded again.</translation>
    </message>
    <message>
        <source>Model {0} is rebuilt from {1} (a minute or two).</source>
        <translation>Model {0} is rebuilt from {1} (a minute or two).</translation>
    </message>
    <message>
        <source>The older build of model {0} stays in use: {1}</source>
        <translation>The older build of model {0} stays in use: {1}</translation>
    </message>
    <message>
        <source>Converting {0} to ONNX…</source>
        <translation>Converting {0} to ONNX…</translation>
    </message>
    <message>
        <source>Checking the FP32 reference…</source>
        <translation>Checking the FP32 reference…</translation>
    </message>
    <message>
        <source>Building and checking {0}…</source>
        <translation>Building and checking {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Downloading {0}…</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or memshadow models download all-MiniLM-L6-v2).</source>
        <translation>Get an embedding model to search by meaning: Preferences › Search (or memshadow models download all-MiniLM-L6-v2).</translation>
    </message>
    <message>
        <source>{0} is not offered. {1}</source>
        <translation>{0} is not offered. {1}</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</translation>
    </message>
    <message>
        <source>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</source>
        <translation>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</translation>
    </message>
    <message>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</translation>
    </message>
    <message>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</translation>
    </message>
    <message>
        <source>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</translation>
    </message>
    <message>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation>On battery: background indexing pauses when the battery runs low.</translation>
    </message>
    <message>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
        <translation>Measured here: {0} notes per second; a query embeds in {1}.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>{0} found: both versions are kept until you choose.</source>
        <translation>{0} found: both versions are kept until you choose.</translation>
    </message>
    <message>
        <source>MEMSHADOW</source>
        <translation>MEMSHADOW</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — MEMSHADOW</source>
        <translation>Preferences — MEMSHADOW</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <source>Related</source>
        <translation>Related</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>{0}
Similarity {1}

{2}</source>
        <translation>{0}
Similarity {1}

{2}</translation>
    </message>
    <message>
        <source>Nothing close in meaning yet.</source>
        <translation>Nothing close in meaning yet.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>The model in use</source>
        <translation>The model in use</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precision:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Runs on:</translation>
    </message>
    <message>
        <source>Get a model</source>
        <translation>Get a model</translation>
    </message>
    <message>
        <source>Search by meaning needs an embedding model on this device (no cloud). Download one from the catalogue, or import a sentence-transformers folder you have.</source>
        <translation>Search by meaning needs an embedding model on this device (no cloud). Download one from the catalogue, or import a sentence-transformers folder you have.</translation>
    </message>
    <message>
        <source>Index Again…</source>
        <translation>Index Again…</translation>
    </message>
    <message>
        <source>Embed every memory again with the model in use</source>
        <translation>Embed every memory again with the model in use</translation>
    </message>
    <message>
        <source>(chosen when search first runs)</source>
        <translation>(chosen when search first runs)</translation>
    </message>
    <message>
        <source>None: search finds words, not meaning</source>
        <translation>None: search finds words, not meaning</translation>
    </message>
    <message>
        <source> — {0:.3f} similarity to FP32</source>
        <translation> — {0:.3f} similarity to FP32</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>Index again</translation>
    </message>
    <message>
        <source>Embed every memory again? Search by meaning finds less until it is done (it runs in the background).</source>
        <translation>Embed every memory again? Search by meaning finds less until it is done (it runs in the background).</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>&amp;Lock the vault:</source>
        <translation>&amp;Lock the vault:</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Lock Now</translation>
    </message>
    <message>
        <source>Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the editor and the search index are emptied, and sync waits for the unlock.</source>
        <translation>Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the editor and the search index are emptied, and sync waits for the unlock.</translation>
    </message>
    <message>
        <source>How the vault key is kept</source>
        <translation>How the vault key is kept</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>After %n minute without use</numerusform>
            <numerusform>After %n minutes without use</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;New passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Change Passphrase</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keyring</source>
        <translation>Keep the Key in the System Keyring</translation>
    </message>
    <message>
        <source>This desktop has no system keyring, so the passphrase protects the key.</source>
        <translation>This desktop has no system keyring, so the passphrase protects the key.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id).</source>
        <translation>The vault key is protected by your passphrase (Argon2id).</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring: the vault opens when you log in. Choose a passphrase below to protect it with one instead.</source>
        <translation>The vault key is kept in the system keyring: the vault opens when you log in. Choose a passphrase below to protect it with one instead.</translation>
    </message>
    <message>
        <source>Use This Passphrase</source>
        <translation>Use This Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>The vault key is now protected by the new passphrase.</source>
        <translation>The vault key is now protected by the new passphrase.</translation>
    </message>
    <message>
        <source>Enter the current passphrase to confirm.</source>
        <translation>Enter the current passphrase to confirm.</translation>
    </message>
    <message>
        <source>The vault key is now kept in the system keyring.</source>
        <translation>The vault key is now kept in the system keyring.</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>last {0} s</source>
        <translation>last {0} s</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Waiting for data…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase</source>
        <translation>Type a passphrase</translation>
    </message>
    <message>
        <source>Too short (at least {0})</source>
        <translation>Too short (at least {0})</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>tomorrow {0}</source>
        <translation>tomorrow {0}</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Vault locked</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>Sync is not set up</translation>
    </message>
    <message>
        <source>Synced · last sync {0}</source>
        <translation>Synced · last sync {0}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synced</translation>
    </message>
    <message>
        <source>Receiving changes: {0} of {1}</source>
        <translation>Receiving changes: {0} of {1}</translation>
    </message>
    <message>
        <source>Syncing {0}…</source>
        <translation>Syncing {0}…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Sync paused until {0}</source>
        <translation>Sync paused until {0}</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Sync paused</translation>
    </message>
    <message>
        <source>Offline · {0} waiting</source>
        <translation>Offline · {0} waiting</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Indexing for search: {0} of {1}</source>
        <translation>Indexing for search: {0} of {1}</translation>
    </message>
    <message>
        <source>Sync stopped: this device was removed from the account</source>
        <translation>Sync stopped: this device was removed from the account</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories</source>
        <translation>Sync stopped before deleting many memories</translation>
    </message>
    <message>
        <source>Sync stopped: the server holds nothing of this account</source>
        <translation>Sync stopped: the server holds nothing of this account</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation</source>
        <translation>Sync waits for your confirmation</translation>
    </message>
    <message>
        <source>Sync stopped: the server refused this device</source>
        <translation>Sync stopped: the server refused this device</translation>
    </message>
    <message>
        <source>Sync stopped: the vault could not be written</source>
        <translation>Sync stopped: the vault could not be written</translation>
    </message>
    <message>
        <source>Sync stopped unexpectedly</source>
        <translation>Sync stopped unexpectedly</translation>
    </message>
    <message>
        <source>Sync failed ({0})</source>
        <translation>Sync failed ({0})</translation>
    </message>
    <message>
        <source>Unlock it to see your memories; sync waits until then.</source>
        <translation>Unlock it to see your memories; sync waits until then.</translation>
    </message>
    <message>
        <source>They go out by themselves when the server can be reached.</source>
        <translation>They go out by themselves when the server can be reached.</translation>
    </message>
    <message>
        <source>Set it up in Preferences to keep your devices in step.</source>
        <translation>Set it up in Preferences to keep your devices in step.</translation>
    </message>
    <message>
        <source>To sync again, sign out and set up sync in Preferences.</source>
        <translation>To sync again, sign out and set up sync in Preferences.</translation>
    </message>
    <message>
        <source>Check the trash; then choose Sync now to confirm the deletions.</source>
        <translation>Check the trash; then choose Sync now to confirm the deletions.</translation>
    </message>
    <message>
        <source>Choose Sync now to confirm.</source>
        <translation>Choose Sync now to confirm.</translation>
    </message>
    <message>
        <source>Check the account in Preferences › Sync, or set sync up again.</source>
        <translation>Check the account in Preferences › Sync, or set sync up again.</translation>
    </message>
    <message>
        <source>Free some disk space; sync tries again by itself.</source>
        <translation>Free some disk space; sync tries again by itself.</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW and start it again.</source>
        <translation>Quit MEMSHADOW and start it again.</translation>
    </message>
    <message>
        <source>Sync tries again by itself.</source>
        <translation>Sync tries again by itself.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Choose what to keep</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with your other devices</source>
        <translation>Sync with your other devices</translation>
    </message>
    <message>
        <source>Join the account of your other devices, create one on your own sync server, or skip this and set it up later in Preferences.</source>
        <translation>Join the account of your other devices, create one on your own sync server, or skip this and set it up later in Preferences.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>Set up. First sync…</source>
        <translation>Set up. First sync…</translation>
    </message>
    <message>
        <source>The first sync failed: {0} It goes on once the app runs.</source>
        <translation>The first sync failed: {0} It goes on once the app runs.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln memory(ies) on this device.</source>
        <translation>
            <numerusform>Synced: %Ln memory on this device.</numerusform>
            <numerusform>Synced: %Ln memories on this device.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sync: {0} of %Ln change(s) received</source>
        <translation>
            <numerusform>First sync: {0} of %Ln change received</numerusform>
            <numerusform>First sync: {0} of %Ln changes received</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupForm</name>
    <message>
        <source>Join an existing sync account</source>
        <translation>Join an existing sync account</translation>
    </message>
    <message>
        <source>Create a new sync account (first device)</source>
        <translation>Create a new sync account (first device)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>from the server&apos;s owner: memshadow-server invite</source>
        <translation>from the server&apos;s owner: memshadow-server invite</translation>
    </message>
    <message>
        <source>&amp;Invite code:</source>
        <translation>&amp;Invite code:</translation>
    </message>
    <message>
        <source>This &amp;device:</source>
        <translation>This &amp;device:</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Create Account</translation>
    </message>
    <message>
        <source>Join Account</source>
        <translation>Join Account</translation>
    </message>
    <message>
        <source>The passphrase encrypts your memories before they leave this device; the server never sees it. Every device of the account needs it. It cannot be recovered: keep it somewhere safe.</source>
        <translation>The passphrase encrypts your memories before they leave this device; the server never sees it. Every device of the account needs it. It cannot be recovered: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>Use the server, account and passphrase you chose on your first device. This device&apos;s memories join the account&apos;s.</source>
        <translation>Use the server, account and passphrase you chose on your first device. This device&apos;s memories join the account&apos;s.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>Enter the server&apos;s address, starting with https://</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>Enter the account&apos;s name.</translation>
    </message>
    <message>
        <source>Enter the sync passphrase.</source>
        <translation>Enter the sync passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Give this device a name (for your other devices to show).</source>
        <translation>Give this device a name (for your other devices to show).</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Setting up…</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>Another account</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Join this one and send every memory to it?</source>
        <translation>This vault synced with another account before. Join this one and send every memory to it?</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync keeps your devices in step through a server you run yourself. Everything is encrypted on this device first: the server never sees a memory or the passphrase.</source>
        <translation>Sync keeps your devices in step through a server you run yourself. Everything is encrypted on this device first: the server never sees a memory or the passphrase.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>This device:</translation>
    </message>
    <message>
        <source>Waiting to go out:</source>
        <translation>Waiting to go out:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflicts:</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sync Now</translation>
    </message>
    <message>
        <source>Sign Out of Sync…</source>
        <translation>Sign Out of Sync…</translation>
    </message>
    <message>
        <source>Signing out stops sync on this device; every memory stays in this vault. You can set sync up again at any time.</source>
        <translation>Signing out stops sync on this device; every memory stays in this vault. You can set sync up again at any time.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Resume Sync</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Pause Sync</translation>
    </message>
    <message>
        <source>Sign out of sync</source>
        <translation>Sign out of sync</translation>
    </message>
    <message>
        <source>This device leaves the sync account: it stops sending and receiving changes, and the server forgets its access. Every memory stays in this vault. Sign out?</source>
        <translation>This device leaves the sync account: it stops sending and receiving changes, and the server forgets its access. Every memory stays in this vault. Sign out?</translation>
    </message>
</context>
<context>
    <name>TagSuggestions</name>
    <message>
        <source>Suggested:</source>
        <translation>Suggested:</translation>
    </message>
    <message>
        <source>+ {0}  {1}%</source>
        <translation>+ {0}  {1}%</translation>
    </message>
    <message numerus="yes">
        <source>Add the tag “{0}” ({1}% confident; %Ln memory(ies) of the vault carry it)</source>
        <translation>
            <numerusform>Add the tag “{0}” ({1}% confident; %Ln memory of the vault carries it)</numerusform>
            <numerusform>Add the tag “{0}” ({1}% confident; %Ln memories of the vault carry it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Open MEMSHADOW</source>
        <translation>Open MEMSHADOW</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sync Now</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Pause Sync</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>For 1 Hour</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Until Tomorrow</translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation>Until I Resume</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Resume Sync</translation>
    </message>
    <message>
        <source>Lock Vault</source>
        <translation>Lock Vault</translation>
    </message>
    <message>
        <source>Unlock Vault…</source>
        <translation>Unlock Vault…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferences…</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW</source>
        <translation>Quit MEMSHADOW</translation>
    </message>
    <message>
        <source>Resolve {0}…</source>
        <translation>Resolve {0}…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Create your MEMSHADOW vault</source>
        <translation>Create your MEMSHADOW vault</translation>
    </message>
    <message>
        <source>Unlock your MEMSHADOW vault</source>
        <translation>Unlock your MEMSHADOW vault</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</source>
        <translation>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this vault.</source>
        <translation>Enter the passphrase that protects this vault.</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Protect the vault key with a passphrase</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Keep the vault key in the system keyring ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Show passphrase</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Protection in use: passphrase (Argon2id).</source>
        <translation>Protection in use: passphrase (Argon2id).</translation>
    </message>
    <message>
        <source>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</source>
        <translation>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Enter a passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>Create your vault</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody, not even a sync server, can read them without your key.</source>
        <translation>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody, not even a sync server, can read them without your key.</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>Create Vault</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Protect the vault key with a passphrase</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Keep the vault key in the system keyring ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choose a passphrase of at least %n character.</numerusform>
            <numerusform>Choose a passphrase of at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>The random vault key goes to your system keyring: the vault opens when you log in. You can choose a passphrase instead later, in Preferences.</source>
        <translation>The random vault key goes to your system keyring: the vault opens when you log in. You can choose a passphrase instead later, in Preferences.</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>There is no way to recover a forgotten passphrase: keep it somewhere safe.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Vault: {0}</source>
        <translation>Vault: {0}</translation>
    </message>
    <message>
        <source>Passphrase (Argon2id)</source>
        <translation>Passphrase (Argon2id)</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>System keyring</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase</source>
        <translation>The vault key is protected by your passphrase</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring</source>
        <translation>The vault key is kept in the system keyring</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies)</source>
        <translation>
            <numerusform>%Ln memory</numerusform>
            <numerusform>%Ln memories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in trash</source>
        <translation>
            <numerusform>%Ln in trash</numerusform>
            <numerusform>%Ln in trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) in all</source>
        <translation>
            <numerusform>%Ln revision in all</numerusform>
            <numerusform>%Ln revisions in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Write a new memory (Ctrl+N)</source>
        <translation>Write a new memory (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save a new revision (Ctrl+S)</source>
        <translation>Save a new revision (Ctrl+S)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Move to &amp;Trash</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Show or hide the history of the memory</source>
        <translation>Show or hide the history of the memory</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Import Folder…</translation>
    </message>
    <message>
        <source>Import the .md and .txt notes of a folder</source>
        <translation>Import the .md and .txt notes of a folder</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Close Window</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>Show &amp;Trash</translation>
    </message>
    <message>
        <source>&amp;Hardware Dashboard…</source>
        <translation>&amp;Hardware Dashboard…</translation>
    </message>
    <message>
        <source>The system, the accelerators, the model in use and a benchmark</source>
        <translation>The system, the accelerators, the model in use and a benchmark</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sync &amp;Now</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Send and receive changes now</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Resolve &amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Lock Vault</source>
        <translation>&amp;Lock Vault</translation>
    </message>
    <message>
        <source>Hide every memory until the vault is unlocked again</source>
        <translation>Hide every memory until the vault is unlocked again</translation>
    </message>
    <message>
        <source>&amp;Quit MEMSHADOW</source>
        <translation>&amp;Quit MEMSHADOW</translation>
    </message>
    <message>
        <source>&amp;About MEMSHADOW</source>
        <translation>&amp;About MEMSHADOW</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About MEMSHADOW</source>
        <translation>About MEMSHADOW</translation>
    </message>
    <message>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</translation>
    </message>
</context>
</TS>
