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
        <location filename="../qt/app.py" line="209"/>
        <source>cannot write {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/app.py" line="338"/>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
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
        <source>This conflict is already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="47"/>
        <source>There is no merged text to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="50"/>
        <source>That is not a way to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="53"/>
        <source>The vault&apos;s header file is missing ({path}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="56"/>
        <source>The vault&apos;s database is missing ({path}). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="59"/>
        <source>The vault&apos;s header belongs to another vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="62"/>
        <source>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="67"/>
        <source>No embedding model is installed, so search by meaning is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="70"/>
        <source>The stored search index does not fit the model in use; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="73"/>
        <source>The embedding model cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="76"/>
        <source>No accelerator or CPU could run the embedding model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="79"/>
        <source>The embedding model failed on this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="83"/>
        <source>No generation model is installed: download one or import a GGUF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="86"/>
        <source>The library that runs this generation model ({backend}) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="89"/>
        <source>The generation model cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="92"/>
        <source>The generation model stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="95"/>
        <source>This is neither a GGUF model file nor an ONNX GenAI model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="98"/>
        <source>A generation model of that name is already installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="101"/>
        <source>This catalogue model has no pinned checksum, so it is not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="104"/>
        <source>The question is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="105"/>
        <source>The question is too long: at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="108"/>
        <source>There is no answer to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="113"/>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="116"/>
        <source>The vault is locked: its key is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="117"/>
        <source>There is no vault at {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="118"/>
        <source>A vault already exists at {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="119"/>
        <source>The vault header is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="122"/>
        <source>This is not a MEMSHADOW vault, or the key does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="125"/>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="128"/>
        <source>MEMSHADOW already runs for this vault (process {pid}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="131"/>
        <source>Not found: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="132"/>
        <source>This was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="133"/>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="136"/>
        <source>The vault could not be read or written. Nothing saved was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="139"/>
        <source>The sync server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="140"/>
        <source>Search by meaning failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="149"/>
        <source>Something went wrong: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="154"/>
        <source>Something went wrong ({0}).</source>
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
        <location filename="../qt/dashboard.py" line="358"/>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Import one with &lt;code&gt;memshadow models import DIR&lt;/code&gt; to search by meaning.</source>
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
        <location filename="../qt/status_bar.py" line="71"/>
        <source>Loading the search index…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="74"/>
        <source>Search by meaning is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="79"/>
        <source>Search: full text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="81"/>
        <source>Install an embedding model (memshadow models) to search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="83"/>
        <source>No embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="88"/>
        <source>Updating the embedding model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="99"/>
        <source>Search by meaning: {0} indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="100"/>
        <source>Every memory is indexed for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="108"/>
        <source>Indexing paused: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="109"/>
        <source>Paused: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="111"/>
        <source>Indexing: {0} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="113"/>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="121"/>
        <source>Embedding model: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="123"/>
        <source>Fallback: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../qt/main_window.py" line="56"/>
        <source>MEMSHADOW[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="173"/>
        <source>MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="239"/>
        <source>Trash ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="239"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="242"/>
        <source>Memories ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="401"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="401"/>
        <source>New memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="402"/>
        <source>{0}[*] — MEMSHADOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="411"/>
        <location filename="../qt/main_window.py" line="569"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="412"/>
        <source>Discard the changes to this memory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="444"/>
        <source>Saved a new memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="453"/>
        <source>Saved a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="471"/>
        <source>Moved “{0}” to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="498"/>
        <source>Restored “{0}” from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="511"/>
        <source>Restored an earlier version as a new revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="516"/>
        <source>Import notes from a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="531"/>
        <source>Imported {0}: {1} new, {2} updated, {3} unchanged, {4} skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/main_window.py" line="570"/>
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
        <location filename="../qt/messages.py" line="173"/>
        <source>on battery at {0}% (below {1}%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/messages.py" line="180"/>
        <source>(no description: {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="41"/>
        <source>Install an embedding model to search by meaning: &lt;code&gt;memshadow models import DIR&lt;/code&gt;.</source>
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
        <source>Install an embedding model to search by meaning: memshadow models import DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="234"/>
        <source>{0} is not offered. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="238"/>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="241"/>
        <source>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="244"/>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="249"/>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="254"/>
        <source>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="257"/>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/notice_words.py" line="260"/>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
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
        <location filename="../qt/status_bar.py" line="146"/>
        <source>Vault: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="150"/>
        <source>Protection: passphrase (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="152"/>
        <source>Protection: system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="155"/>
        <source>The vault key is protected by your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="157"/>
        <source>The vault key is kept in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../qt/status_bar.py" line="162"/>
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
