<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>App</name>
    <message>
        <source>invalid choice: {0} (choose from {1})</source>
        <translation>ungültige Auswahl: {0} (wählen Sie aus {1})</translation>
    </message>
    <message>
        <source>cannot write {0}</source>
        <translation>{0} kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
        <translation>MEMSHADOW läuft für diesen Tresor bereits, antwortet aber nicht. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Sync stopped because many memories were deleted at once. Delete them on every device too? (They stay in each device&apos;s trash.)</source>
        <translation>Die Synchronisation wurde angehalten, weil viele Erinnerungen auf einmal gelöscht wurden. Auch auf allen Geräten löschen? (Sie bleiben im Papierkorb jedes Geräts.)</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation to go on. Go on?</source>
        <translation>Die Synchronisation wartet auf Ihre Bestätigung. Fortfahren?</translation>
    </message>
    <message>
        <source>Confirm sync</source>
        <translation>Synchronisation bestätigen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this memory before locking?</source>
        <translation>Die Änderungen an dieser Erinnerung vor dem Sperren speichern?</translation>
    </message>
    <message>
        <source>MEMSHADOW is still running</source>
        <translation>MEMSHADOW läuft weiter</translation>
    </message>
    <message>
        <source>It keeps syncing in the background. Open it or quit it from its icon in the tray.</source>
        <translation>Es synchronisiert im Hintergrund weiter. Öffnen oder beenden Sie es über sein Symbol im Infobereich.</translation>
    </message>
    <message>
        <source>MEMSHADOW</source>
        <translation>MEMSHADOW</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons without an extension, so MEMSHADOW quits when its window is closed, and sync stops with it. To keep it syncing in the background, install the “{0}” extension and start MEMSHADOW again.</source>
        <translation>GNOME zeigt ohne Erweiterung keine Symbole im Infobereich, daher beendet sich MEMSHADOW, wenn sein Fenster geschlossen wird, und die Synchronisation endet mit ihm. Damit es im Hintergrund weiter synchronisiert, installieren Sie die Erweiterung „{0}“ und starten Sie MEMSHADOW neu.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>{0} is not installed ({1}).</source>
        <translation>{0} ist nicht installiert ({1}).</translation>
    </message>
    <message>
        <source>{0} is installed but does not work here.</source>
        <translation>{0} ist installiert, funktioniert hier aber nicht.</translation>
    </message>
    <message>
        <source>{0} does not run {1} models.</source>
        <translation>{0} führt keine {1}-Modelle aus.</translation>
    </message>
    <message>
        <source>no GPU here: {0} runs on the CPU</source>
        <translation>keine GPU vorhanden: {0} läuft auf der CPU</translation>
    </message>
    <message>
        <source>{0} could not run on {1}, so the CPU runs it</source>
        <translation>{0} konnte nicht auf {1} laufen, daher übernimmt die CPU</translation>
    </message>
    <message>
        <source>{0} on the CPU</source>
        <translation>{0} auf der CPU</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} auf {1}</translation>
    </message>
    <message>
        <source>{0} on the CPU, as chosen</source>
        <translation>{0} auf der CPU, wie gewählt</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>{0} wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Unpacking {0}…</source>
        <translation>{0} wird entpackt…</translation>
    </message>
    <message>
        <source>Answered from your notes.</source>
        <translation>Aus Ihren Notizen beantwortet.</translation>
    </message>
    <message>
        <source>Not found in your notes.</source>
        <translation>In Ihren Notizen nicht gefunden.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The vault holds no memories yet.</source>
        <translation>Der Tresor enthält noch keine Erinnerungen.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>first words after {0:.1f} s, {1} tokens/s; {2} ({3} cached), {4} of {5} for notes</source>
        <translation>erste Wörter nach {0:.1f} s, {1} Tokens/s; {2} ({3} zwischengespeichert), {4} von {5} für Notizen</translation>
    </message>
</context>
<context>
    <name>AskPanel</name>
    <message>
        <source>Ask my memories</source>
        <translation>Meine Erinnerungen fragen</translation>
    </message>
    <message>
        <source>Ask a question about your notes…</source>
        <translation>Stellen Sie eine Frage zu Ihren Notizen…</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Save as memory</source>
        <translation>Als Erinnerung speichern</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Ihre Notizen werden durchsucht…</translation>
    </message>
    <message numerus="yes">
        <source>Answering from %n note(s)…</source>
        <translation>
            <numerusform>Antwort aus %n Notiz…</numerusform>
            <numerusform>Antwort aus %n Notizen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes do not seem to answer this.</source>
        <translation>Ihre Notizen scheinen darauf keine Antwort zu geben.</translation>
    </message>
    <message>
        <source>No note was close enough to use.</source>
        <translation>Keine Notiz war nah genug, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>zitiert</translation>
    </message>
    <message>
        <source>Saved as a memory.</source>
        <translation>Als Erinnerung gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts — MEMSHADOW</source>
        <translation>Synchronisationskonflikte — MEMSHADOW</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Automatic Merges</source>
        <translation>Automatische Zusammenführungen</translation>
    </message>
    <message>
        <source>These memories were changed on two devices at once. Both versions are kept until you choose. Resolve… shows both side by side and lets you pick, change by change; settling a conflict here settles it on every device.</source>
        <translation>Diese Erinnerungen wurden auf zwei Geräten gleichzeitig geändert. Beide Fassungen bleiben erhalten, bis Sie wählen. „Lösen…“ zeigt beide nebeneinander und lässt Sie Änderung für Änderung wählen; ein hier gelöster Konflikt ist auf allen Geräten gelöst.</translation>
    </message>
    <message>
        <source>What collides</source>
        <translation>Was kollidiert</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine Fassung</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Andere Fassung</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Lösen…</translation>
    </message>
    <message>
        <source>Open Memory</source>
        <translation>Erinnerung öffnen</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Beide als getrennte Erinnerungen behalten</translation>
    </message>
    <message>
        <source>The whole memory as that device has it, every change</source>
        <translation>Die ganze Erinnerung so, wie dieses Gerät sie hat, mit jeder Änderung</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Zusammengeführt von</translation>
    </message>
    <message>
        <source>Undo This Merge</source>
        <translation>Diese Zusammenführung rückgängig machen</translation>
    </message>
    <message>
        <source>edited here, deleted there</source>
        <translation>hier bearbeitet, dort gelöscht</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message numerus="yes">
        <source>text (%n change(s))</source>
        <translation>
            <numerusform>Text (%n Änderung)</numerusform>
            <numerusform>Text (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from {0}</source>
        <translation>
            <numerusform>%n Zeile von {0}</numerusform>
            <numerusform>%n Zeilen von {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>From {0}:</source>
        <translation>Von {0}:</translation>
    </message>
    <message>
        <source>(only removed lines)</source>
        <translation>(nur entfernte Zeilen)</translation>
    </message>
    <message>
        <source>Changed since the merge: restore a version from its history.</source>
        <translation>Seit der Zusammenführung geändert: Stellen Sie eine Fassung aus dem Verlauf wieder her.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message numerus="yes">
        <source>Memories merged without asking in the last %n day(s): two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</source>
        <translation>
            <numerusform>Am letzten Tag ohne Rückfrage zusammengeführte Erinnerungen: Zwei Geräte haben verschiedene Teile geändert, und beide Änderungen wurden behalten. Rückgängig machen stellt die Fassung dieses Geräts wieder her; die andere bleibt im Verlauf.</numerusform>
            <numerusform>In den letzten %n Tagen ohne Rückfrage zusammengeführte Erinnerungen: Zwei Geräte haben verschiedene Teile geändert, und beide Änderungen wurden behalten. Rückgängig machen stellt die Fassung dieses Geräts wieder her; die andere bleibt im Verlauf.</numerusform>
        </translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>Gerät {0}</translation>
    </message>
    <message>
        <source>Changed since: restore from its history instead</source>
        <translation>Seitdem geändert: Stattdessen aus dem Verlauf wiederherstellen</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step.</source>
        <translation>Keine Konflikte: alles ist im Gleichklang.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln Änderung</numerusform>
            <numerusform>%Ln Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln Konflikt</numerusform>
            <numerusform>%Ln Konflikte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) need you: choose what to keep</source>
        <translation>
            <numerusform>%Ln Konflikt braucht Sie: Wählen Sie, was bleibt</numerusform>
            <numerusform>%Ln Konflikte brauchen Sie: Wählen Sie, was bleibt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core(s)</source>
        <translation>
            <numerusform>%Ln Kern</numerusform>
            <numerusform>%Ln Kerne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln Thread</numerusform>
            <numerusform>%Ln Threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(over %Ln answer(s))</source>
        <translation>
            <numerusform>(über %Ln Antwort)</numerusform>
            <numerusform>(über %Ln Antworten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt token(s)</source>
        <translation>
            <numerusform>%Ln Prompt-Token</numerusform>
            <numerusform>%Ln Prompt-Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln Token</numerusform>
            <numerusform>%Ln Tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln related</source>
        <translation>
            <numerusform>%Ln verwandte</numerusform>
            <numerusform>%Ln verwandte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s)</source>
        <translation>
            <numerusform>%Ln Nachbarn</numerusform>
            <numerusform>%Ln Nachbarn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln neu</numerusform>
            <numerusform>%Ln neu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln unverändert</numerusform>
            <numerusform>%Ln unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln übersprungen</numerusform>
            <numerusform>%Ln übersprungen</numerusform>
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
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>This device&apos;s name:</source>
        <translation>Name dieses Geräts:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Entziehen…</translation>
    </message>
    <message>
        <source>Revoking a device (a lost or sold one) stops it at once: the server refuses it, so it sends and receives nothing more. It cannot erase what that device already has: its vault stays on it, still encrypted with its own key. The account gets a new data key, so nothing written from now on opens with the keys it kept. Revoking needs the account passphrase; each device can only rename itself.</source>
        <translation>Das Entziehen eines Geräts (eines verlorenen oder verkauften) stoppt es sofort: Der Server weist es ab, es sendet und empfängt nichts mehr. Was das Gerät bereits hat, kann nicht gelöscht werden: Sein Tresor bleibt darauf, weiterhin mit seinem eigenen Schlüssel verschlüsselt. Das Konto erhält einen neuen Datenschlüssel, sodass nichts, was ab jetzt geschrieben wird, sich mit den behaltenen Schlüsseln öffnen lässt. Das Entziehen erfordert die Konto-Passphrase; jedes Gerät kann nur sich selbst umbenennen.</translation>
    </message>
    <message>
        <source>The account passphrase:</source>
        <translation>Die Konto-Passphrase:</translation>
    </message>
    <message>
        <source>Set up sync first: then your devices show here.</source>
        <translation>Richten Sie zuerst die Synchronisation ein: Dann erscheinen Ihre Geräte hier.</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (dieses Gerät)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>entzogen</translation>
    </message>
    <message>
        <source>online now</source>
        <translation>jetzt online</translation>
    </message>
    <message>
        <source>Revoke {0}</source>
        <translation>{0} entziehen</translation>
    </message>
    <message>
        <source>Revoke “{0}”?</source>
        <translation>„{0}“ entziehen?</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Ihr Tresor ist bereit</translation>
    </message>
    <message>
        <source>All of this can be changed later, in Preferences.</source>
        <translation>All das lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Protection: the system keyring</source>
        <translation>Schutz: der Systemschlüsselbund</translation>
    </message>
    <message>
        <source>Protection: your passphrase</source>
        <translation>Schutz: Ihre Passphrase</translation>
    </message>
    <message>
        <source>Sync: account {0} on {1}</source>
        <translation>Synchronisation: Konto {0} auf {1}</translation>
    </message>
    <message>
        <source>Sync: not set up (Preferences › Sync)</source>
        <translation>Synchronisation: nicht eingerichtet (Einstellungen › Synchronisation)</translation>
    </message>
    <message>
        <source>Memories: {0}</source>
        <translation>Erinnerungen: {0}</translation>
    </message>
    <message>
        <source>Search by meaning: {0}</source>
        <translation>Suche nach Bedeutung: {0}</translation>
    </message>
    <message>
        <source>Search: by words (get a model in Preferences › Search)</source>
        <translation>Suche: nach Wörtern (ein Modell gibt es unter Einstellungen › Suche)</translation>
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
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>{0} MB of RAM</source>
        <translation>{0} MB RAM</translation>
    </message>
    <message>
        <source>chosen in the settings or by the agent</source>
        <translation>in den Einstellungen oder vom Agenten gewählt</translation>
    </message>
    <message>
        <source>chosen, though {0} MB of RAM suits {1}: it may run out of memory</source>
        <translation>gewählt, obwohl {0} MB RAM zu {1} passen: der Speicher kann knapp werden</translation>
    </message>
    <message>
        <source>no embedding model installed</source>
        <translation>kein Embedding-Modell installiert</translation>
    </message>
    <message>
        <source>no validated model variant fits in {0} MB</source>
        <translation>keine geprüfte Modellvariante passt in {0} MB</translation>
    </message>
    <message>
        <source>the {0} variant ({1} MB) fits</source>
        <translation>die Variante {0} ({1} MB) passt</translation>
    </message>
    <message>
        <source>{0} instead of {1}: this profile allows {2}</source>
        <translation>{0} statt {1}: dieses Profil erlaubt {2}</translation>
    </message>
    <message>
        <source>the model&apos;s validated choice</source>
        <translation>die geprüfte Wahl des Modells</translation>
    </message>
    <message>
        <source>the model offers no validated variant this profile allows</source>
        <translation>das Modell bietet keine geprüfte Variante, die dieses Profil erlaubt</translation>
    </message>
    <message>
        <source>it ran a real session here</source>
        <translation>es hat hier eine echte Sitzung ausgeführt</translation>
    </message>
    <message>
        <source>no usable accelerator</source>
        <translation>kein nutzbarer Beschleuniger</translation>
    </message>
    <message>
        <source>{0} is usable, but this profile keeps inference on the CPU</source>
        <translation>{0} ist nutzbar, aber dieses Profil lässt die Inferenz auf der CPU</translation>
    </message>
    <message>
        <source>no local embedding</source>
        <translation>keine lokale Vektorisierung</translation>
    </message>
    <message>
        <source>{0} is not installed</source>
        <translation>{0} ist nicht installiert</translation>
    </message>
    <message>
        <source>no generation model installed</source>
        <translation>kein Generierungsmodell installiert</translation>
    </message>
    <message>
        <source>answers with {0}</source>
        <translation>antwortet mit {0}</translation>
    </message>
    <message>
        <source>too small for local generation</source>
        <translation>zu klein für lokale Generierung</translation>
    </message>
    <message>
        <source>mains power and a normal network</source>
        <translation>Netzstrom und ein normales Netzwerk</translation>
    </message>
    <message>
        <source>on battery: Normal and Low wait {0}× longer</source>
        <translation>im Akkubetrieb: Normal und Niedrig warten {0}× länger</translation>
    </message>
    <message>
        <source>battery saver: Normal and Low wait {0}× longer</source>
        <translation>Energiesparmodus: Normal und Niedrig warten {0}× länger</translation>
    </message>
    <message>
        <source>metered network: only Critical and High changes are sent</source>
        <translation>getaktetes Netzwerk: nur kritische und hohe Änderungen werden gesendet</translation>
    </message>
    <message>
        <source>the settings wait for each deadline</source>
        <translation>die Einstellungen warten jede Frist ab</translation>
    </message>
    <message>
        <source>waits on battery below {0}%</source>
        <translation>wartet im Akkubetrieb unter {0} %</translation>
    </message>
    <message>
        <source>on battery at {0}%, below {1}%</source>
        <translation>Akku bei {0} %, unter {1} %</translation>
    </message>
    <message>
        <source>nothing to index with</source>
        <translation>nichts zum Indizieren</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>not on a metered network</source>
        <translation>nicht in einem getakteten Netzwerk</translation>
    </message>
    <message>
        <source>{0} MB free, {1} MB needed</source>
        <translation>{0} MB frei, {1} MB nötig</translation>
    </message>
    <message>
        <source>at most {0}% of the RAM</source>
        <translation>höchstens {0} % des RAM</translation>
    </message>
    <message>
        <source>what the agent stays under</source>
        <translation>was der Agent nicht überschreitet</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(keine Beschreibung: {0})</translation>
    </message>
    <message>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
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
        <translation>lädt {0} und {1} vorab</translation>
    </message>
    <message>
        <source>no prefetch</source>
        <translation>kein Vorabladen</translation>
    </message>
    <message>
        <source>meaning and words, {0}</source>
        <translation>Bedeutung und Wörter, {0}</translation>
    </message>
    <message>
        <source>words only</source>
        <translation>nur Wörter</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>L1 {0} MB in memory, {1}; L2 the encrypted vault</source>
        <translation>L1 {0} MB im Arbeitsspeicher, {1}; L2 der verschlüsselte Tresor</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>This device&apos;s plan</source>
        <translation>Plan dieses Geräts</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Sync deadlines</source>
        <translation>Sync-Fristen</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indizierung</translation>
    </message>
    <message>
        <source>Model downloads</source>
        <translation>Modell-Downloads</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Memory ceiling</source>
        <translation>Speicherobergrenze</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>durch, Komma, getrennt</translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation>In Markdown schreiben…</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Aus dem Papierkorb wiederherstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>New memory, not saved yet</source>
        <translation>Neue Erinnerung, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Aktualisiert {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>erstellt {0}</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>von {0}</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Im Papierkorb</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Read-only while in the trash</source>
        <translation>Schreibgeschützt, solange im Papierkorb</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A memory needs a title or some text.</source>
        <translation>Eine Erinnerung braucht einen Titel oder etwas Text.</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be kept.</source>
        <translation>Der Text enthält Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>Wählen Sie eine Passphrase für den Tresor.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {minimum} characters.</source>
        <translation>Die Passphrase ist zu kurz: mindestens {minimum} Zeichen.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {why}</source>
        <translation>Die Passphrase-Datei {path} kann nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>No passphrase given: set {env} or use --passphrase-file.</source>
        <translation>Keine Passphrase angegeben: Setzen Sie {env} oder verwenden Sie --passphrase-file.</translation>
    </message>
    <message>
        <source>The system keyring refused to give the vault key.</source>
        <translation>Der Systemschlüsselbund hat den Tresorschlüssel verweigert.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the vault key cannot be read.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar, daher kann der Tresorschlüssel nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The vault key is not in the system keyring.</source>
        <translation>Der Tresorschlüssel ist nicht im Systemschlüsselbund.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>Der Tresor ist gesperrt. Entsperren Sie ihn, um fortzufahren.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Ein Gerät braucht einen Namen.</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Joining this one sends every memory to it; confirm to go on.</source>
        <translation>Dieser Tresor wurde zuvor mit einem anderen Konto synchronisiert. Beim Beitritt zu diesem wird jede Erinnerung dorthin gesendet; bestätigen Sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories at once. Check the trash, then confirm with Sync now in the Sync preferences.</source>
        <translation>Die Synchronisation wurde angehalten, bevor viele Erinnerungen auf einmal gelöscht wurden. Prüfen Sie den Papierkorb und bestätigen Sie dann mit „Jetzt synchronisieren“ in den Synchronisationseinstellungen.</translation>
    </message>
    <message>
        <source>The sync server holds nothing of this account any more. Confirm to upload this vault to it again.</source>
        <translation>Der Synchronisationsserver hat nichts mehr von diesem Konto. Bestätigen Sie, um diesen Tresor erneut hochzuladen.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Dieser Konflikt ist bereits gelöst.</translation>
    </message>
    <message>
        <source>There is no merged text to keep.</source>
        <translation>Es gibt keinen zusammengeführten Text zum Behalten.</translation>
    </message>
    <message>
        <source>That is not a way to resolve it.</source>
        <translation>Auf diese Weise lässt er sich nicht lösen.</translation>
    </message>
    <message>
        <source>This memory changed in the meantime, so nothing was written. Reload and choose again.</source>
        <translation>Diese Erinnerung hat sich inzwischen geändert, daher wurde nichts geschrieben. Laden Sie neu und wählen Sie erneut.</translation>
    </message>
    <message>
        <source>Some conflicting changes have no choice yet.</source>
        <translation>Für einige widersprüchliche Änderungen wurde noch nicht gewählt.</translation>
    </message>
    <message>
        <source>This conflict has no such change.</source>
        <translation>Dieser Konflikt hat keine solche Änderung.</translation>
    </message>
    <message>
        <source>That is not a way to settle a change.</source>
        <translation>So lässt sich eine Änderung nicht klären.</translation>
    </message>
    <message>
        <source>Give at least six characters of the id.</source>
        <translation>Geben Sie mindestens sechs Zeichen der ID an.</translation>
    </message>
    <message>
        <source>More than one item starts with that id: give more of it.</source>
        <translation>Mehr als ein Eintrag beginnt mit dieser ID: Geben Sie mehr davon an.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is missing ({path}). Nothing was changed.</source>
        <translation>Die Kopfdatei des Tresors fehlt ({path}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is missing ({path}). Nothing was changed.</source>
        <translation>Die Datenbank des Tresors fehlt ({path}). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The vault&apos;s header belongs to another vault. Nothing was changed.</source>
        <translation>Die Kopfdatei des Tresors gehört zu einem anderen Tresor. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</source>
        <translation>Dieser Tresor wurde von einem neueren MEMSHADOW erstellt (Format {found}; diese Version liest bis {known}). Aktualisieren Sie MEMSHADOW, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>No embedding model is installed, so search by meaning is off.</source>
        <translation>Es ist kein Einbettungsmodell installiert, daher ist die Suche nach Bedeutung aus.</translation>
    </message>
    <message>
        <source>The stored search index does not fit the model in use; it will be rebuilt.</source>
        <translation>Der gespeicherte Suchindex passt nicht zum verwendeten Modell; er wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>The embedding model cannot be loaded.</source>
        <translation>Das Einbettungsmodell kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>No accelerator or CPU could run the embedding model.</source>
        <translation>Kein Beschleuniger und keine CPU konnte das Einbettungsmodell ausführen.</translation>
    </message>
    <message>
        <source>The embedding model failed on this text.</source>
        <translation>Das Einbettungsmodell ist an diesem Text gescheitert.</translation>
    </message>
    <message>
        <source>No generation model is installed: download one or import a GGUF file.</source>
        <translation>Kein Generierungsmodell installiert: Laden Sie eines herunter oder importieren Sie eine GGUF-Datei.</translation>
    </message>
    <message>
        <source>The library that runs this generation model ({backend}) is not installed.</source>
        <translation>Die Bibliothek für dieses Generierungsmodell ({backend}) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The generation model cannot be loaded.</source>
        <translation>Das Generierungsmodell kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>The generation model stopped with an error.</source>
        <translation>Das Generierungsmodell hat mit einem Fehler angehalten.</translation>
    </message>
    <message>
        <source>This is neither a GGUF model file nor an ONNX GenAI model folder.</source>
        <translation>Dies ist weder eine GGUF-Modelldatei noch ein ONNX-GenAI-Modellordner.</translation>
    </message>
    <message>
        <source>A generation model of that name is already installed.</source>
        <translation>Ein Generierungsmodell dieses Namens ist bereits installiert.</translation>
    </message>
    <message>
        <source>This catalogue model has no pinned checksum, so it is not downloaded.</source>
        <translation>Dieses Katalogmodell hat keine festgelegte Prüfsumme und wird daher nicht heruntergeladen.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>Die Frage ist leer.</translation>
    </message>
    <message>
        <source>The question is too long: at most {limit} characters.</source>
        <translation>Die Frage ist zu lang: höchstens {limit} Zeichen.</translation>
    </message>
    <message>
        <source>There is no answer to save yet.</source>
        <translation>Es gibt noch keine Antwort zum Speichern.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation>Diese Passphrase entsperrt den Tresor nicht. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault is locked: its key is not available.</source>
        <translation>Der Tresor ist gesperrt: Sein Schlüssel ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>There is no vault at {detail}.</source>
        <translation>Unter {detail} gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>A vault already exists at {detail}.</source>
        <translation>Unter {detail} gibt es bereits einen Tresor.</translation>
    </message>
    <message>
        <source>The vault header is damaged. Nothing was changed.</source>
        <translation>Die Kopfdatei des Tresors ist beschädigt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>This is not a MEMSHADOW vault, or the key does not open it.</source>
        <translation>Dies ist kein MEMSHADOW-Tresor, oder der Schlüssel öffnet ihn nicht.</translation>
    </message>
    <message>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation>Der Tresor wird von einem anderen MEMSHADOW-Prozess verwendet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>MEMSHADOW already runs for this vault (process {pid}).</source>
        <translation>MEMSHADOW läuft bereits für diesen Tresor (Prozess {pid}).</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>Nicht gefunden: {detail}</translation>
    </message>
    <message>
        <source>This was not accepted.</source>
        <translation>Dies wurde nicht angenommen.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>Der Datenträger ist voll. Nichts ging verloren; schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing saved was lost.</source>
        <translation>Der Tresor konnte nicht gelesen oder geschrieben werden. Nichts Gespeichertes ging verloren.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation>Der Synchronisationsserver ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>Stopped. What was done is kept.</source>
        <translation>Angehalten. Was erledigt war, bleibt erhalten.</translation>
    </message>
    <message>
        <source>That sync passphrase does not open this account.</source>
        <translation>Diese Synchronisations-Passphrase öffnet dieses Konto nicht.</translation>
    </message>
    <message>
        <source>That account exists already: join it instead of creating it.</source>
        <translation>Dieses Konto gibt es schon: Treten Sie ihm bei, statt es anzulegen.</translation>
    </message>
    <message>
        <source>This device was removed from the sync account.</source>
        <translation>Dieses Gerät wurde aus dem Synchronisationskonto entfernt.</translation>
    </message>
    <message>
        <source>Sync is not set up on this device.</source>
        <translation>Die Synchronisation ist auf diesem Gerät nicht eingerichtet.</translation>
    </message>
    <message>
        <source>This server takes new accounts only with an invite code from its owner, or not at all.</source>
        <translation>Dieser Server nimmt neue Konten nur mit einem Einladungscode seines Betreibers an oder gar nicht.</translation>
    </message>
    <message>
        <source>This account&apos;s room on the sync server is full. Nothing was lost here; the changes wait until the server&apos;s owner makes room.</source>
        <translation>Der Platz dieses Kontos auf dem Synchronisationsserver ist voll. Hier ging nichts verloren; die Änderungen warten, bis der Betreiber des Servers Platz schafft.</translation>
    </message>
    <message>
        <source>Sync needs an https:// server address (plain http:// only to this computer).</source>
        <translation>Die Synchronisation braucht eine https://-Serveradresse (einfaches http:// nur zu diesem Computer).</translation>
    </message>
    <message>
        <source>The sync account does not know this device any more: set up sync again.</source>
        <translation>Das Synchronisationskonto kennt dieses Gerät nicht mehr: Richten Sie die Synchronisation neu ein.</translation>
    </message>
    <message>
        <source>The sync server did not accept this device&apos;s login: set up sync again.</source>
        <translation>Der Synchronisationsserver hat die Anmeldung dieses Geräts nicht angenommen: Richten Sie die Synchronisation neu ein.</translation>
    </message>
    <message>
        <source>The sync server sent something this version cannot read. Nothing was applied.</source>
        <translation>Der Synchronisationsserver hat etwas gesendet, das diese Version nicht lesen kann. Nichts wurde übernommen.</translation>
    </message>
    <message>
        <source>This changed meanwhile somewhere else. Look at it again and retry.</source>
        <translation>Dies wurde inzwischen anderswo geändert. Sehen Sie es sich noch einmal an und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sync waits for you to confirm what it is about to do.</source>
        <translation>Die Synchronisation wartet, bis Sie bestätigen, was sie tun wird.</translation>
    </message>
    <message>
        <source>The sync server refused the request.</source>
        <translation>Der Synchronisationsserver hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The sync server refused a change.</source>
        <translation>Der Synchronisationsserver hat eine Änderung abgelehnt.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Synchronisation fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Search by meaning failed.</source>
        <translation>Suche nach Bedeutung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Etwas ist schiefgegangen: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}).</source>
        <translation>Etwas ist schiefgegangen ({0}).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to MEMSHADOW</source>
        <translation>Willkommen bei MEMSHADOW</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Start MEMSHADOW when I log in</source>
        <translation>MEMSHADOW bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation>Bei geschlossenem Fenster im Infobereich weiter synchronisieren</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing the window quits MEMSHADOW (and sync stops with it).</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole im Infobereich, daher beendet das Schließen des Fensters MEMSHADOW (und die Synchronisation mit ihm).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language shows when MEMSHADOW starts again.</source>
        <translation>Eine neue Sprache erscheint nach dem nächsten Start von MEMSHADOW.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell me about sync conflicts, sync problems and a removed device</source>
        <translation>Über Synchronisationskonflikte, Synchronisationsprobleme und ein entferntes Gerät informieren</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Nicht pausiert</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>1 Stunde pausieren</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Bis morgen pausieren</translation>
    </message>
    <message>
        <source>Notifications never show what a memory says, not even its title.</source>
        <translation>Benachrichtigungen zeigen nie, was in einer Erinnerung steht, nicht einmal ihren Titel.</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Geschrieben nach {0}</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>Pausiert bis {0}</translation>
    </message>
</context>
<context>
    <name>GenerationSection</name>
    <message>
        <source>Generation (Ask)</source>
        <translation>Generierung (Fragen)</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{0}; devices: {1}</source>
        <translation>{0}; Geräte: {1}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>Model {0} on {1}</source>
        <translation>Modell {0} auf {1}</translation>
    </message>
    <message>
        <source>{0} tokens/s generating, {1} tokens/s reading the prompt {2}</source>
        <translation>{0} Tokens/s beim Generieren, {1} Tokens/s beim Lesen des Prompts {2}</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>Noch keine Antwort gemessen.</translation>
    </message>
    <message>
        <source>No generation model is installed.</source>
        <translation>Kein Generierungsmodell installiert.</translation>
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
        <translation>Dieser Rechner</translation>
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
        <translation>CPU-Funktionen</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
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
        <translation>Stromversorgung</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Live statistics</source>
        <translation>Live-Statistik</translation>
    </message>
    <message>
        <source>Inferences</source>
        <translation>Inferenzen</translation>
    </message>
    <message>
        <source>Texts embedded</source>
        <translation>Eingebettete Texte</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Mittlere Latenz</translation>
    </message>
    <message>
        <source>Items per second</source>
        <translation>Elemente pro Sekunde</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>Ausführungsanbieter</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Nutzbar</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>Items/s</source>
        <translation>Elemente/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <source>Model and precision</source>
        <translation>Modell und Genauigkeit</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Accuracy vs FP32</source>
        <translation>Treue zu FP32</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Use this precision</source>
        <translation>Diese Genauigkeit verwenden</translation>
    </message>
    <message>
        <source>Search switches to it; the vault is embedded again in the background</source>
        <translation>Die Suche wechselt dazu; der Tresor wird im Hintergrund neu eingebettet</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Leistungstest</translation>
    </message>
    <message>
        <source>Benchmark this machine</source>
        <translation>Diesen Rechner messen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Measures how fast the model in use embeds notes and answers a query here.</source>
        <translation>Misst, wie schnell das verwendete Modell hier Notizen einbettet und eine Anfrage beantwortet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Get one in Preferences › Search (a download, or a folder you have) to search by meaning.</source>
        <translation>&lt;b&gt;Kein Einbettungsmodell installiert.&lt;/b&gt; Holen Sie eines unter Einstellungen › Suche (ein Download oder ein vorhandener Ordner), um nach Bedeutung zu suchen.</translation>
    </message>
    <message>
        <source>{0}, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</source>
        <translation>{0}, {1} ausstehend; Vektoren belegen {2}. Die Engine meldet ihre eigenen Zähler noch nicht; Latenz und Geschwindigkeit stammen aus dem Leistungstest.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies) indexed</source>
        <translation>
            <numerusform>%Ln Erinnerung indiziert</numerusform>
            <numerusform>%Ln Erinnerungen indiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}{1} notes per second over {2}; one query embeds in {3} (p50), {4} (p95).</source>
        <translation>{0}{1} Notizen pro Sekunde über {2}; eine Anfrage wird in {3} (p50), {4} (p95) eingebettet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln probe text(s)</source>
        <translation>
            <numerusform>%Ln Prüftext</numerusform>
            <numerusform>%Ln Prüftexte</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>{0} total, {1} available</source>
        <translation>{0} gesamt, {1} verfügbar</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>unbekanntes Modell</translation>
    </message>
    <message>
        <source>on battery, {0}%</source>
        <translation>Akkubetrieb, {0} %</translation>
    </message>
    <message>
        <source>mains power</source>
        <translation>Netzbetrieb</translation>
    </message>
    <message>
        <source>, battery {0}%</source>
        <translation>, Akku {0} %</translation>
    </message>
    <message>
        <source>unknown (no power sensor readable)</source>
        <translation>unbekannt (kein Stromsensor lesbar)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>In Verwendung: &lt;b&gt;{0}&lt;/b&gt; · Anbieter &lt;b&gt;{1}&lt;/b&gt; · Genauigkeit &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Ersatz: {0}</translation>
    </message>
    <message>
        <source>min {0} · mean {1}</source>
        <translation>min. {0} · Mittel {1}</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>angeboten</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>The engine has not reported precision variants for this model.</source>
        <translation>Die Engine hat für dieses Modell keine Genauigkeitsvarianten gemeldet.</translation>
    </message>
    <message>
        <source>A variant is offered only when it matches FP32 on the probe set.</source>
        <translation>Eine Variante wird nur angeboten, wenn sie auf dem Prüfsatz mit FP32 übereinstimmt.</translation>
    </message>
    <message>
        <source>Install a model first</source>
        <translation>Zuerst ein Modell installieren</translation>
    </message>
    <message>
        <source>Nothing to recommend: this machine is used as well as it can be.</source>
        <translation>Nichts zu empfehlen: Dieser Rechner wird so gut genutzt, wie es geht.</translation>
    </message>
    <message>
        <source>No model: nothing is embedded.</source>
        <translation>Kein Modell: Nichts wird eingebettet.</translation>
    </message>
    <message>
        <source>texts embedded per second</source>
        <translation>eingebettete Texte pro Sekunde</translation>
    </message>
    <message>
        <source>p50 {0} · p95 {1} (engine statistics since start)</source>
        <translation>p50 {0} · p95 {1} (Engine-Statistik seit dem Start)</translation>
    </message>
    <message>
        <source>memories indexed per second</source>
        <translation>indizierte Erinnerungen pro Sekunde</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Select a revision to see its text.</source>
        <translation>Wählen Sie eine Revision, um ihren Text zu sehen.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Diese Fassung wiederherstellen</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>moved to trash</source>
        <translation>in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>zusammengeführt</translation>
    </message>
    <message>
        <source>conflicting edits, both kept</source>
        <translation>widersprüchliche Änderungen, beide behalten</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>Konflikt gelöst</translation>
    </message>
    <message>
        <source>automatic merge undone</source>
        <translation>automatische Zusammenführung rückgängig gemacht</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  (aktuell)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln Revision</numerusform>
            <numerusform>%Ln Revisionen</numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation>dieses Gerät</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>Gerät {0}</translation>
    </message>
    <message>
        <source>this device ({0})</source>
        <translation>dieses Gerät ({0})</translation>
    </message>
    <message>
        <source>Revision {0}
Device: {1}</source>
        <translation>Revision {0}
Gerät: {1}</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Titel: {0}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Schlagwörter: {0}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>im Papierkorb</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Bring in your notes</source>
        <translation>Bringen Sie Ihre Notizen mit</translation>
    </message>
    <message>
        <source>Import a folder of Markdown or text notes (sub-folders too), or skip this: you can import more at any time from the File menu.</source>
        <translation>Importieren Sie einen Ordner mit Markdown- oder Textnotizen (auch Unterordner) oder überspringen Sie dies: Sie können jederzeit über das Menü „Datei“ weitere importieren.</translation>
    </message>
    <message>
        <source>Choose a Folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Notizen aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}.</source>
        <translation>{0} importiert: {1}, {2}.</translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <source>Loading the search index…</source>
        <translation>Suchindex wird geladen…</translation>
    </message>
    <message>
        <source>Search by meaning is unavailable</source>
        <translation>Suche nach Bedeutung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Search: full text</source>
        <translation>Suche: Volltext</translation>
    </message>
    <message>
        <source>Get an embedding model in Preferences › Search to search by meaning</source>
        <translation>Holen Sie ein Einbettungsmodell unter Einstellungen › Suche, um nach Bedeutung zu suchen</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Kein Einbettungsmodell</translation>
    </message>
    <message>
        <source>Updating the embedding model…</source>
        <translation>Einbettungsmodell wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>Search by meaning: %Ln indexed</source>
        <translation>
            <numerusform>Suche nach Bedeutung: %Ln indiziert</numerusform>
            <numerusform>Suche nach Bedeutung: %Ln indiziert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused: %Ln to go</source>
        <translation>
            <numerusform>Indizierung pausiert: noch %Ln</numerusform>
            <numerusform>Indizierung pausiert: noch %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing: %Ln to go</source>
        <translation>
            <numerusform>Indizierung: noch %Ln</numerusform>
            <numerusform>Indizierung: noch %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Every memory is indexed for search by meaning</source>
        <translation>Jede Erinnerung ist für die Suche nach Bedeutung indiziert</translation>
    </message>
    <message>
        <source>Paused: {0}</source>
        <translation>Pausiert: {0}</translation>
    </message>
    <message>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation>Erinnerungen werden im Hintergrund für die Suche nach Bedeutung eingebettet</translation>
    </message>
    <message>
        <source>Embedding model: {0}</source>
        <translation>Einbettungsmodell: {0}</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Ersatz: {0}</translation>
    </message>
    <message>
        <source>Search: locked</source>
        <translation>Suche: gesperrt</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <source>Your vault is locked</source>
        <translation>Ihr Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Nothing of it stays decrypted in memory. Sync waits: changes from your other devices arrive once you unlock.</source>
        <translation>Nichts davon bleibt entschlüsselt im Speicher. Die Synchronisation wartet: Änderungen Ihrer anderen Geräte kommen an, sobald Sie entsperren.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
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
        <translation>Papierkorb ({0})</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Memories ({0})</source>
        <translation>Erinnerungen ({0})</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>New memory</source>
        <translation>Neue Erinnerung</translation>
    </message>
    <message>
        <source>{0}[*] — MEMSHADOW</source>
        <translation>{0}[*] — MEMSHADOW</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard the changes to this memory?</source>
        <translation>Die Änderungen an dieser Erinnerung verwerfen?</translation>
    </message>
    <message>
        <source>MEMSHADOW — locked</source>
        <translation>MEMSHADOW — gesperrt</translation>
    </message>
    <message>
        <source>Saved a new memory</source>
        <translation>Neue Erinnerung gespeichert</translation>
    </message>
    <message>
        <source>Saved a new revision</source>
        <translation>Neue Revision gespeichert</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash</source>
        <translation>„{0}“ in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>Restored “{0}” from the trash</source>
        <translation>„{0}“ aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored an earlier version as a new revision</source>
        <translation>Frühere Fassung als neue Revision wiederhergestellt</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Notizen aus einem Ordner importieren</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}, {3}, {4}</source>
        <translation>{0} importiert: {1}, {2}, {3}, {4}</translation>
    </message>
    <message>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation>Diese Erinnerung hat ungespeicherte Änderungen. Trotzdem schließen und sie verlieren?</translation>
    </message>
    <message>
        <source>Ask my memories…</source>
        <translation>Meine Erinnerungen fragen…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Fragen</translation>
    </message>
</context>
<context>
    <name>MeaningLoader</name>
    <message>
        <source>Get an embedding model (Preferences › Search) to see memories related in meaning.</source>
        <translation>Holen Sie ein Einbettungsmodell (Einstellungen › Suche), um inhaltlich verwandte Erinnerungen zu sehen.</translation>
    </message>
    <message>
        <source>Related memories appear once the vault is indexed.</source>
        <translation>Verwandte Erinnerungen erscheinen, sobald der Tresor indiziert ist.</translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <source>meaning {0}</source>
        <translation>Bedeutung {0}</translation>
    </message>
    <message>
        <source>words {0}</source>
        <translation>Wörter {0}</translation>
    </message>
    <message>
        <source>Search memories</source>
        <translation>Erinnerungen durchsuchen</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <source>Search disabled in the trash</source>
        <translation>Suche im Papierkorb deaktiviert</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No memory matches “{0}”.</source>
        <translation>Keine Erinnerung passt zu „{0}“.</translation>
    </message>
    <message>
        <source>No memories yet. Press New to write one.</source>
        <translation>Noch keine Erinnerungen. Drücken Sie „Neu“, um eine zu schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
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
        <translation>nach Bedeutung</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>Hybrid search: ranked by meaning, with a boost for the words you typed</source>
        <translation>Hybride Suche: nach Bedeutung geordnet, mit Vorrang für die eingegebenen Wörter</translation>
    </message>
    <message>
        <source>Search by meaning only</source>
        <translation>Nur nach Bedeutung suchen</translation>
    </message>
    <message>
        <source>Full-text search: memories that contain the words you typed</source>
        <translation>Volltextsuche: Erinnerungen, die die eingegebenen Wörter enthalten</translation>
    </message>
    <message>
        <source>Matching words only. Get an embedding model in Preferences › Search to search by meaning.</source>
        <translation>Nur passende Wörter. Holen Sie ein Einbettungsmodell unter Einstellungen › Suche, um nach Bedeutung zu suchen.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resolve a conflict — MEMSHADOW</source>
        <translation>Konflikt lösen — MEMSHADOW</translation>
    </message>
    <message>
        <source>Show the common ancestor</source>
        <translation>Gemeinsame Ausgangsfassung zeigen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Beide als getrennte Erinnerungen behalten</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Widersprüchliche Änderung</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Vorherige</translation>
    </message>
    <message>
        <source>Previous conflicting change (Alt+Up)</source>
        <translation>Vorherige widersprüchliche Änderung (Alt+Pfeil nach oben)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Nächste ▶</translation>
    </message>
    <message>
        <source>Next conflicting change (Alt+Down)</source>
        <translation>Nächste widersprüchliche Änderung (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <source>Edit by Hand</source>
        <translation>Von Hand bearbeiten</translation>
    </message>
    <message>
        <source>Change this part in the result below</source>
        <translation>Diesen Teil im Ergebnis unten ändern</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Text (editable)</source>
        <translation>Text (bearbeitbar)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Edited on one device and deleted on another.</source>
        <translation>Auf einem Gerät bearbeitet und auf einem anderen gelöscht.</translation>
    </message>
    <message>
        <source>Both devices changed the same part.</source>
        <translation>Beide Geräte haben denselben Teil geändert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} Changes that did not collide are already in the result; choose for each conflicting change below.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} Nicht kollidierende Änderungen sind bereits im Ergebnis; wählen Sie unten für jede widersprüchliche Änderung.</translation>
    </message>
    <message>
        <source>Common ancestor — {0}</source>
        <translation>Gemeinsame Ausgangsfassung — {0}</translation>
    </message>
    <message>
        <source>Common ancestor — none (no shared version)</source>
        <translation>Gemeinsame Ausgangsfassung — keine (keine geteilte Fassung)</translation>
    </message>
    <message>
        <source>Mine — {0}</source>
        <translation>Meine Fassung — {0}</translation>
    </message>
    <message>
        <source>Theirs — {0}</source>
        <translation>Andere Fassung — {0}</translation>
    </message>
    <message>
        <source>This memory changed while the dialog was open, so nothing was written. Reload to merge against the new version (your choices here are dropped).</source>
        <translation>Diese Erinnerung hat sich geändert, während der Dialog offen war, daher wurde nichts geschrieben. Laden Sie neu, um mit der neuen Fassung zusammenzuführen (Ihre Auswahl hier wird verworfen).</translation>
    </message>
    <message>
        <source>No conflicting changes: finish to keep the result.</source>
        <translation>Keine widersprüchlichen Änderungen: Schließen Sie ab, um das Ergebnis zu behalten.</translation>
    </message>
    <message>
        <source>Change {0} of {1}: {2}. Still to choose: {3}.</source>
        <translation>Änderung {0} von {1}: {2}. Noch zu wählen: {3}.</translation>
    </message>
    <message>
        <source>Choose for every conflicting change first</source>
        <translation>Wählen Sie zuerst für jede widersprüchliche Änderung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>tag “{0}”</source>
        <translation>Schlagwort „{0}“</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>gelöscht oder behalten</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Andere behalten</translation>
    </message>
    <message>
        <source>Keep Both, Mine First</source>
        <translation>Beide behalten, meine zuerst</translation>
    </message>
    <message>
        <source>Keep Both, Theirs First</source>
        <translation>Beide behalten, andere zuerst</translation>
    </message>
    <message>
        <source>Keep the Tag</source>
        <translation>Schlagwort behalten</translation>
    </message>
    <message>
        <source>Remove the Tag</source>
        <translation>Schlagwort entfernen</translation>
    </message>
    <message>
        <source>Restore with the Edit</source>
        <translation>Mit der Bearbeitung wiederherstellen</translation>
    </message>
    <message>
        <source>Keep Deleted</source>
        <translation>Gelöscht lassen</translation>
    </message>
    <message>
        <source>keeps the tag “{0}”</source>
        <translation>behält das Schlagwort „{0}“</translation>
    </message>
    <message>
        <source>removed the tag “{0}”</source>
        <translation>hat das Schlagwort „{0}“ entfernt</translation>
    </message>
    <message>
        <source>moved it to the trash</source>
        <translation>hat sie in den Papierkorb verschoben</translation>
    </message>
    <message>
        <source>edited it</source>
        <translation>hat sie bearbeitet</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Schlagwörter: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>removed on one device, kept on the other: {0} (kept unless you remove them)</source>
        <translation>auf einem Gerät entfernt, auf dem anderen behalten: {0} (bleiben, außer Sie entfernen sie)</translation>
    </message>
    <message>
        <source>the memory stays in the trash</source>
        <translation>die Erinnerung bleibt im Papierkorb</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>Gerät {0}</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (dieses Gerät)</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Titel: {0}</translation>
    </message>
    <message>
        <source>(moved to the trash)</source>
        <translation>(in den Papierkorb verschoben)</translation>
    </message>
</context>
<context>
    <name>ModelGetter</name>
    <message>
        <source>Download</source>
        <translation>Herunterladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>Ordner importieren…</translation>
    </message>
    <message>
        <source>A sentence-transformers model folder, converted here (no PyTorch needed)</source>
        <translation>Ein Sentence-Transformers-Modellordner, hier umgewandelt (ohne PyTorch)</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Downloading: {0} of {1}</source>
        <translation>Download: {0} von {1}</translation>
    </message>
    <message>
        <source>A sentence-transformers folder</source>
        <translation>Ein Sentence-Transformers-Ordner</translation>
    </message>
    <message>
        <source>Download stopped. Download again to go on from where it stopped.</source>
        <translation>Download angehalten. Laden Sie erneut herunter, um dort fortzufahren, wo er anhielt.</translation>
    </message>
    <message>
        <source>Installed {0}: search by meaning is on.</source>
        <translation>{0} installiert: Die Suche nach Bedeutung ist an.</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Search by meaning</source>
        <translation>Suche nach Bedeutung</translation>
    </message>
    <message>
        <source>A small model on this device finds notes by what they mean; nothing goes to the cloud. Download one (about 90 MB), import a folder, or skip.</source>
        <translation>Ein kleines Modell auf diesem Gerät findet Notizen nach ihrer Bedeutung; nichts geht in die Cloud. Laden Sie eines herunter (etwa 90 MB), importieren Sie einen Ordner oder überspringen Sie dies.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>on battery at {0}% (below {1}%)</source>
        <translation>im Akkubetrieb bei {0} % (unter {1} %)</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(keine Beschreibung: {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} minimum cosine.</source>
        <translation>{0} ist hier {1}× schneller als FP32 bei minimalem Kosinus {2}.</translation>
    </message>
    <message>
        <source>{0} is {1}× slower than FP32 here at {2} minimum cosine.</source>
        <translation>{0} ist hier {1}× langsamer als FP32 bei minimalem Kosinus {2}.</translation>
    </message>
    <message>
        <source>Could not be built or loaded ({0}): {1}</source>
        <translation>Konnte nicht erstellt oder geladen werden ({0}): {1}</translation>
    </message>
    <message>
        <source>CoreML exists only on macOS; this is {0}.</source>
        <translation>CoreML gibt es nur unter macOS; dies ist {0}.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CoreML provider (install the official macOS wheel).</source>
        <translation>Diese ONNX Runtime hat keinen CoreML-Anbieter (installieren Sie das offizielle macOS-Wheel).</translation>
    </message>
    <message>
        <source>DirectML exists only on Windows (onnxruntime-directml); this is {0}.</source>
        <translation>DirectML gibt es nur unter Windows (onnxruntime-directml); dies ist {0}.</translation>
    </message>
    <message>
        <source>onnxruntime-directml is not installed (the plain wheel lacks DirectML).</source>
        <translation>onnxruntime-directml ist nicht installiert (dem einfachen Wheel fehlt DirectML).</translation>
    </message>
    <message>
        <source>CUDA does not exist on macOS.</source>
        <translation>CUDA gibt es unter macOS nicht.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README).</source>
        <translation>Diese ONNX Runtime hat keinen CUDA-Anbieter: Installieren Sie onnxruntime-gpu (siehe README).</translation>
    </message>
    <message>
        <source>Not part of the installed ONNX Runtime {0}.</source>
        <translation>Nicht Teil der installierten ONNX Runtime {0}.</translation>
    </message>
    <message>
        <source>TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries.</source>
        <translation>TensorRT braucht ein mit TensorRT gebautes onnxruntime-gpu und die TensorRT-Bibliotheken.</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</source>
        <translation>Holen Sie ein Einbettungsmodell, um nach Bedeutung zu suchen: Einstellungen › Suche (oder &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>{0} is not installed. {1}</source>
        <translation>{0} ist nicht installiert. {1}</translation>
    </message>
    <message>
        <source>{0} failed to start: {1}</source>
        <translation>{0} konnte nicht starten: {1}</translation>
    </message>
    <message>
        <source>{0} is listed by the session but ran no part of a test run (ran: {1}).</source>
        <translation>{0} wird von der Sitzung aufgeführt, hat aber keinen Teil eines Testlaufs ausgeführt (ausgeführt: {1}).</translation>
    </message>
    <message>
        <source>The session fell back to the CPU.</source>
        <translation>Die Sitzung ist auf die CPU ausgewichen.</translation>
    </message>
    <message>
        <source>Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling.</source>
        <translation>Feste Formen nach Längenstufen (16 bis 256 Tokens) vermeiden Neukompilierung.</translation>
    </message>
    <message>
        <source>MLProgram format on every compute unit (Neural Engine, GPU, CPU).</source>
        <translation>MLProgram-Format auf jeder Recheneinheit (Neural Engine, GPU, CPU).</translation>
    </message>
    <message>
        <source>Memory pattern off and sequential execution (DirectML requires both).</source>
        <translation>Speichermuster aus und sequenzielle Ausführung (DirectML verlangt beides).</translation>
    </message>
    <message>
        <source>The adapter is chosen with device_id.</source>
        <translation>Der Adapter wird mit device_id gewählt.</translation>
    </message>
    <message>
        <source>device_id picks the GPU; gpu_mem_limit caps its memory.</source>
        <translation>device_id wählt die GPU; gpu_mem_limit begrenzt ihren Speicher.</translation>
    </message>
    <message>
        <source>One thread per physical core ({0}).</source>
        <translation>Ein Thread pro physischem Kern ({0}).</translation>
    </message>
    <message>
        <source>Fused attention, LayerNorm and GELU; INT8 uses VNNI where present.</source>
        <translation>Verschmolzene Attention, LayerNorm und GELU; INT8 nutzt VNNI, wo vorhanden.</translation>
    </message>
    <message>
        <source>The only provider installed.</source>
        <translation>Der einzige installierte Anbieter.</translation>
    </message>
    <message>
        <source>The CPU, by default.</source>
        <translation>Standardmäßig die CPU.</translation>
    </message>
    <message>
        <source>The fastest measured here ({0} texts per second).</source>
        <translation>Der hier schnellste gemessene ({0} Texte pro Sekunde).</translation>
    </message>
    <message>
        <source>The only provider that works here.</source>
        <translation>Der einzige Anbieter, der hier funktioniert.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed.</source>
        <translation>NVIDIA-GPUs können nicht aufgelistet werden: nvidia-ml-py ist nicht installiert.</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found ({0}).</source>
        <translation>Kein NVIDIA-Treiber gefunden ({0}).</translation>
    </message>
    <message>
        <source>Asking the NVIDIA driver failed ({0}).</source>
        <translation>Die Abfrage des NVIDIA-Treibers ist fehlgeschlagen ({0}).</translation>
    </message>
    <message>
        <source>No display adapter is visible on this system (no /sys/class/drm).</source>
        <translation>Auf diesem System ist kein Grafikadapter sichtbar (kein /sys/class/drm).</translation>
    </message>
    <message>
        <source>Intel NPU unknown: the OpenVINO runtime cannot be loaded.</source>
        <translation>Intel-NPU unbekannt: Die OpenVINO-Laufzeit kann nicht geladen werden.</translation>
    </message>
    <message>
        <source>No battery or mains sensor is readable: the power source is unknown.</source>
        <translation>Kein Akku- oder Netzsensor lesbar: Die Stromquelle ist unbekannt.</translation>
    </message>
    <message>
        <source>The fast graph does not match the reference (min cosine {0}).</source>
        <translation>Der schnelle Graph stimmt nicht mit der Referenz überein (min. Kosinus {0}).</translation>
    </message>
    <message>
        <source>Min cosine {0} to FP32 is below {1}.</source>
        <translation>Min. Kosinus {0} zu FP32 liegt unter {1}.</translation>
    </message>
    <message>
        <source>Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), then memories are embedded again.</source>
        <translation>Modell {0} wurde von einer älteren Version erstellt: Es wird aus {1} neu erstellt (ein, zwei Minuten), dann werden die Erinnerungen neu eingebettet.</translation>
    </message>
    <message>
        <source>Model {0} is rebuilt from {1} (a minute or two).</source>
        <translation>Modell {0} wird aus {1} neu erstellt (ein, zwei Minuten).</translation>
    </message>
    <message>
        <source>The older build of model {0} stays in use: {1}</source>
        <translation>Die ältere Fassung von Modell {0} bleibt in Verwendung: {1}</translation>
    </message>
    <message>
        <source>Converting {0} to ONNX…</source>
        <translation>{0} wird nach ONNX umgewandelt…</translation>
    </message>
    <message>
        <source>Checking the FP32 reference…</source>
        <translation>FP32-Referenz wird geprüft…</translation>
    </message>
    <message>
        <source>Building and checking {0}…</source>
        <translation>{0} wird erstellt und geprüft…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>{0} wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or memshadow models download all-MiniLM-L6-v2).</source>
        <translation>Holen Sie ein Einbettungsmodell, um nach Bedeutung zu suchen: Einstellungen › Suche (oder memshadow models download all-MiniLM-L6-v2).</translation>
    </message>
    <message>
        <source>{0} is not offered. {1}</source>
        <translation>{0} wird nicht angeboten. {1}</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation>{0} ist hier {1}× schneller als FP32 bei Kosinus {2}: eine Überlegung wert.</translation>
    </message>
    <message>
        <source>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</source>
        <translation>Standardgenauigkeit hier: {0}, die schnellste mit min. Kosinus ≥ {1}.</translation>
    </message>
    <message>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation>Keine GPU oder NPU gefunden, daher führt die CPU das Modell aus. Für die Suche reicht das: Eine Anfrage dauert Millisekunden.</translation>
    </message>
    <message>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation>Ihre CPU hat VNNI/AMX-Befehle, die INT8-Modelle schnell machen: Bevorzugen Sie eine INT8-Variante, wenn sie genau bleibt.</translation>
    </message>
    <message>
        <source>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation>{0} ist vorhanden, aber CUDA ist nicht nutzbar: Installieren Sie onnxruntime-gpu, um es zu verwenden.</translation>
    </message>
    <message>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation>Im Akkubetrieb: Die Indizierung im Hintergrund pausiert, wenn der Akku schwach wird.</translation>
    </message>
    <message>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
        <translation>Hier gemessen: {0} Notizen pro Sekunde; eine Anfrage wird in {1} eingebettet.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>{0} found: both versions are kept until you choose.</source>
        <translation>{0} gefunden: Beide Fassungen bleiben erhalten, bis Sie wählen.</translation>
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
        <translation>Einstellungen — MEMSHADOW</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <source>Related</source>
        <translation>Verwandt</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>{0}
Similarity {1}

{2}</source>
        <translation>{0}
Ähnlichkeit {1}

{2}</translation>
    </message>
    <message>
        <source>Nothing close in meaning yet.</source>
        <translation>Noch nichts inhaltlich Ähnliches.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>The model in use</source>
        <translation>Das verwendete Modell</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Genauigkeit:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Läuft auf:</translation>
    </message>
    <message>
        <source>Get a model</source>
        <translation>Ein Modell holen</translation>
    </message>
    <message>
        <source>Search by meaning needs an embedding model on this device (no cloud). Download one from the catalogue, or import a sentence-transformers folder you have.</source>
        <translation>Die Suche nach Bedeutung braucht ein Einbettungsmodell auf diesem Gerät (keine Cloud). Laden Sie eines aus dem Katalog herunter oder importieren Sie einen vorhandenen Sentence-Transformers-Ordner.</translation>
    </message>
    <message>
        <source>Index Again…</source>
        <translation>Neu indizieren…</translation>
    </message>
    <message>
        <source>Embed every memory again with the model in use</source>
        <translation>Jede Erinnerung mit dem verwendeten Modell neu einbetten</translation>
    </message>
    <message>
        <source>(chosen when search first runs)</source>
        <translation>(wird bei der ersten Suche gewählt)</translation>
    </message>
    <message>
        <source>None: search finds words, not meaning</source>
        <translation>Keines: Die Suche findet Wörter, nicht Bedeutung</translation>
    </message>
    <message>
        <source> — {0:.3f} similarity to FP32</source>
        <translation> — {0:.3f} Ähnlichkeit zu FP32</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>Neu indizieren</translation>
    </message>
    <message>
        <source>Embed every memory again? Search by meaning finds less until it is done (it runs in the background).</source>
        <translation>Jede Erinnerung neu einbetten? Die Suche nach Bedeutung findet weniger, bis das erledigt ist (es läuft im Hintergrund).</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Lock the vault:</source>
        <translation>Tresor &amp;sperren:</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the editor and the search index are emptied, and sync waits for the unlock.</source>
        <translation>Gesperrt behält MEMSHADOW nichts entschlüsselt im Speicher: Liste, Editor und Suchindex werden geleert, und die Synchronisation wartet auf das Entsperren.</translation>
    </message>
    <message>
        <source>How the vault key is kept</source>
        <translation>Wie der Tresorschlüssel aufbewahrt wird</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Nach %n Minute ohne Benutzung</numerusform>
            <numerusform>Nach %n Minuten ohne Benutzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keyring</source>
        <translation>Schlüssel im Systemschlüsselbund aufbewahren</translation>
    </message>
    <message>
        <source>This desktop has no system keyring, so the passphrase protects the key.</source>
        <translation>Diese Arbeitsumgebung hat keinen Systemschlüsselbund, daher schützt die Passphrase den Schlüssel.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id).</source>
        <translation>Der Tresorschlüssel ist durch Ihre Passphrase geschützt (Argon2id).</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring: the vault opens when you log in. Choose a passphrase below to protect it with one instead.</source>
        <translation>Der Tresorschlüssel liegt im Systemschlüsselbund: Der Tresor öffnet sich bei der Anmeldung. Wählen Sie unten eine Passphrase, um ihn stattdessen damit zu schützen.</translation>
    </message>
    <message>
        <source>Use This Passphrase</source>
        <translation>Diese Passphrase verwenden</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>The vault key is now protected by the new passphrase.</source>
        <translation>Der Tresorschlüssel ist jetzt durch die neue Passphrase geschützt.</translation>
    </message>
    <message>
        <source>Enter the current passphrase to confirm.</source>
        <translation>Geben Sie zur Bestätigung die aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>The vault key is now kept in the system keyring.</source>
        <translation>Der Tresorschlüssel liegt jetzt im Systemschlüsselbund.</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>last {0} s</source>
        <translation>letzte {0} s</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Warte auf Daten…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase</source>
        <translation>Passphrase eingeben</translation>
    </message>
    <message>
        <source>Too short (at least {0})</source>
        <translation>Zu kurz (mindestens {0})</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>tomorrow {0}</source>
        <translation>morgen {0}</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Tresor gesperrt</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>Synchronisation ist nicht eingerichtet</translation>
    </message>
    <message>
        <source>Synced · last sync {0}</source>
        <translation>Synchronisiert · zuletzt {0}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Receiving changes: {0} of {1}</source>
        <translation>Änderungen werden empfangen: {0} von {1}</translation>
    </message>
    <message>
        <source>Syncing {0}…</source>
        <translation>{0} wird synchronisiert…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Sync paused until {0}</source>
        <translation>Synchronisation pausiert bis {0}</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisation pausiert</translation>
    </message>
    <message>
        <source>Offline · {0} waiting</source>
        <translation>Offline · {0} warten</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Indexing for search: {0} of {1}</source>
        <translation>Indizierung für die Suche: {0} von {1}</translation>
    </message>
    <message>
        <source>Sync stopped: this device was removed from the account</source>
        <translation>Synchronisation angehalten: Dieses Gerät wurde aus dem Konto entfernt</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories</source>
        <translation>Synchronisation vor dem Löschen vieler Erinnerungen angehalten</translation>
    </message>
    <message>
        <source>Sync stopped: the server holds nothing of this account</source>
        <translation>Synchronisation angehalten: Der Server hat nichts von diesem Konto</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation</source>
        <translation>Synchronisation wartet auf Ihre Bestätigung</translation>
    </message>
    <message>
        <source>Sync stopped: the server refused this device</source>
        <translation>Synchronisation angehalten: Der Server hat dieses Gerät abgewiesen</translation>
    </message>
    <message>
        <source>Sync stopped: the vault could not be written</source>
        <translation>Synchronisation angehalten: Der Tresor konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Sync stopped unexpectedly</source>
        <translation>Synchronisation unerwartet angehalten</translation>
    </message>
    <message>
        <source>Sync failed ({0})</source>
        <translation>Synchronisation fehlgeschlagen ({0})</translation>
    </message>
    <message>
        <source>Unlock it to see your memories; sync waits until then.</source>
        <translation>Entsperren Sie ihn, um Ihre Erinnerungen zu sehen; die Synchronisation wartet bis dahin.</translation>
    </message>
    <message>
        <source>They go out by themselves when the server can be reached.</source>
        <translation>Sie gehen von selbst hinaus, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Set it up in Preferences to keep your devices in step.</source>
        <translation>Richten Sie sie in den Einstellungen ein, um Ihre Geräte im Gleichklang zu halten.</translation>
    </message>
    <message>
        <source>To sync again, sign out and set up sync in Preferences.</source>
        <translation>Um wieder zu synchronisieren, melden Sie sich ab und richten Sie die Synchronisation in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Check the trash; then choose Sync now to confirm the deletions.</source>
        <translation>Prüfen Sie den Papierkorb; wählen Sie dann „Jetzt synchronisieren“, um die Löschungen zu bestätigen.</translation>
    </message>
    <message>
        <source>Choose Sync now to confirm.</source>
        <translation>Wählen Sie „Jetzt synchronisieren“, um zu bestätigen.</translation>
    </message>
    <message>
        <source>Check the account in Preferences › Sync, or set sync up again.</source>
        <translation>Prüfen Sie das Konto unter Einstellungen › Synchronisation oder richten Sie die Synchronisation neu ein.</translation>
    </message>
    <message>
        <source>Free some disk space; sync tries again by itself.</source>
        <translation>Schaffen Sie Platz auf dem Datenträger; die Synchronisation versucht es von selbst erneut.</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW and start it again.</source>
        <translation>Beenden Sie MEMSHADOW und starten Sie es neu.</translation>
    </message>
    <message>
        <source>Sync tries again by itself.</source>
        <translation>Die Synchronisation versucht es von selbst erneut.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Wählen, was bleibt</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with your other devices</source>
        <translation>Mit Ihren anderen Geräten synchronisieren</translation>
    </message>
    <message>
        <source>Join the account of your other devices, create one on your own sync server, or skip this and set it up later in Preferences.</source>
        <translation>Treten Sie dem Konto Ihrer anderen Geräte bei, legen Sie eines auf Ihrem eigenen Synchronisationsserver an oder überspringen Sie dies und richten Sie es später in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Set up. First sync…</source>
        <translation>Eingerichtet. Erste Synchronisation…</translation>
    </message>
    <message>
        <source>The first sync failed: {0} It goes on once the app runs.</source>
        <translation>Die erste Synchronisation ist fehlgeschlagen: {0} Sie geht weiter, sobald die App läuft.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln memory(ies) on this device.</source>
        <translation>
            <numerusform>Synchronisiert: %Ln Erinnerung auf diesem Gerät.</numerusform>
            <numerusform>Synchronisiert: %Ln Erinnerungen auf diesem Gerät.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sync: {0} of %Ln change(s) received</source>
        <translation>
            <numerusform>Erste Synchronisation: {0} von %Ln Änderung empfangen</numerusform>
            <numerusform>Erste Synchronisation: {0} von %Ln Änderungen empfangen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupForm</name>
    <message>
        <source>Join an existing sync account</source>
        <translation>Einem bestehenden Synchronisationskonto beitreten</translation>
    </message>
    <message>
        <source>Create a new sync account (first device)</source>
        <translation>Ein neues Synchronisationskonto anlegen (erstes Gerät)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>from the server&apos;s owner: memshadow-server invite</source>
        <translation>vom Betreiber des Servers: memshadow-server invite</translation>
    </message>
    <message>
        <source>&amp;Invite code:</source>
        <translation>&amp;Einladungscode:</translation>
    </message>
    <message>
        <source>This &amp;device:</source>
        <translation>Dieses &amp;Gerät:</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Join Account</source>
        <translation>Konto beitreten</translation>
    </message>
    <message>
        <source>The passphrase encrypts your memories before they leave this device; the server never sees it. Every device of the account needs it. It cannot be recovered: keep it somewhere safe.</source>
        <translation>Die Passphrase verschlüsselt Ihre Erinnerungen, bevor sie dieses Gerät verlassen; der Server sieht sie nie. Jedes Gerät des Kontos braucht sie. Sie lässt sich nicht wiederherstellen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Use the server, account and passphrase you chose on your first device. This device&apos;s memories join the account&apos;s.</source>
        <translation>Verwenden Sie Server, Konto und Passphrase, die Sie auf Ihrem ersten Gerät gewählt haben. Die Erinnerungen dieses Geräts kommen zu denen des Kontos hinzu.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>Geben Sie die Adresse des Servers ein, beginnend mit https://</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>Geben Sie den Namen des Kontos ein.</translation>
    </message>
    <message>
        <source>Enter the sync passphrase.</source>
        <translation>Geben Sie die Synchronisations-Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <source>Give this device a name (for your other devices to show).</source>
        <translation>Geben Sie diesem Gerät einen Namen (für die Anzeige auf Ihren anderen Geräten).</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Wird eingerichtet…</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>Ein anderes Konto</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Join this one and send every memory to it?</source>
        <translation>Dieser Tresor wurde zuvor mit einem anderen Konto synchronisiert. Diesem beitreten und jede Erinnerung dorthin senden?</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync keeps your devices in step through a server you run yourself. Everything is encrypted on this device first: the server never sees a memory or the passphrase.</source>
        <translation>Die Synchronisation hält Ihre Geräte über einen Server, den Sie selbst betreiben, im Gleichklang. Alles wird zuerst auf diesem Gerät verschlüsselt: Der Server sieht nie eine Erinnerung oder die Passphrase.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Dieses Gerät:</translation>
    </message>
    <message>
        <source>Waiting to go out:</source>
        <translation>Wartet auf Versand:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Sign Out of Sync…</source>
        <translation>Von der Synchronisation abmelden…</translation>
    </message>
    <message>
        <source>Signing out stops sync on this device; every memory stays in this vault. You can set sync up again at any time.</source>
        <translation>Die Abmeldung stoppt die Synchronisation auf diesem Gerät; jede Erinnerung bleibt in diesem Tresor. Sie können die Synchronisation jederzeit neu einrichten.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Synchronisation fortsetzen</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Synchronisation pausieren</translation>
    </message>
    <message>
        <source>Sign out of sync</source>
        <translation>Von der Synchronisation abmelden</translation>
    </message>
    <message>
        <source>This device leaves the sync account: it stops sending and receiving changes, and the server forgets its access. Every memory stays in this vault. Sign out?</source>
        <translation>Dieses Gerät verlässt das Synchronisationskonto: Es sendet und empfängt keine Änderungen mehr, und der Server vergisst seinen Zugang. Jede Erinnerung bleibt in diesem Tresor. Abmelden?</translation>
    </message>
</context>
<context>
    <name>TagSuggestions</name>
    <message>
        <source>Suggested:</source>
        <translation>Vorschläge:</translation>
    </message>
    <message>
        <source>+ {0}  {1}%</source>
        <translation>+ {0}  {1} %</translation>
    </message>
    <message numerus="yes">
        <source>Add the tag “{0}” ({1}% confident; %Ln memory(ies) of the vault carry it)</source>
        <translation>
            <numerusform>Das Schlagwort „{0}“ hinzufügen ({1} % sicher; %Ln Erinnerung des Tresors trägt es)</numerusform>
            <numerusform>Das Schlagwort „{0}“ hinzufügen ({1} % sicher; %Ln Erinnerungen des Tresors tragen es)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Open MEMSHADOW</source>
        <translation>MEMSHADOW öffnen</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Synchronisation pausieren</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Für 1 Stunde</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Synchronisation fortsetzen</translation>
    </message>
    <message>
        <source>Lock Vault</source>
        <translation>Tresor sperren</translation>
    </message>
    <message>
        <source>Unlock Vault…</source>
        <translation>Tresor entsperren…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW</source>
        <translation>MEMSHADOW beenden</translation>
    </message>
    <message>
        <source>Resolve {0}…</source>
        <translation>{0} lösen…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Create your MEMSHADOW vault</source>
        <translation>Ihren MEMSHADOW-Tresor anlegen</translation>
    </message>
    <message>
        <source>Unlock your MEMSHADOW vault</source>
        <translation>Ihren MEMSHADOW-Tresor entsperren</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</source>
        <translation>Ihre Erinnerungen werden auf diesem Gerät verschlüsselt. Nichts verlässt es unverschlüsselt, und niemand (nicht einmal ein Synchronisationsserver) kann sie ohne Ihren Schlüssel lesen.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this vault.</source>
        <translation>Geben Sie die Passphrase ein, die diesen Tresor schützt.</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Tresor: {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Den Tresorschlüssel mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Den Tresorschlüssel im Systemschlüsselbund aufbewahren ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Protection in use: passphrase (Argon2id).</source>
        <translation>Verwendeter Schutz: Passphrase (Argon2id).</translation>
    </message>
    <message>
        <source>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</source>
        <translation>Der zufällige Tresorschlüssel liegt in Ihrem Systemschlüsselbund; der Tresor öffnet sich bei der Anmeldung. Sie können später zu einer Passphrase wechseln.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>Kein Systemschlüsselbund verfügbar, daher schützt Ihre Passphrase den Tresorschlüssel (Argon2id). Eine vergessene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>Der Tresorschlüssel ist durch Ihre Passphrase geschützt (Argon2id). Eine vergessene Passphrase lässt sich nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Geben Sie eine Passphrase ein.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody, not even a sync server, can read them without your key.</source>
        <translation>Ihre Erinnerungen werden auf diesem Gerät verschlüsselt. Nichts verlässt es unverschlüsselt, und niemand, nicht einmal ein Synchronisationsserver, kann sie ohne Ihren Schlüssel lesen.</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Tresor: {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Den Tresorschlüssel mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Den Tresorschlüssel im Systemschlüsselbund aufbewahren ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
            <numerusform>Wählen Sie eine Passphrase mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The random vault key goes to your system keyring: the vault opens when you log in. You can choose a passphrase instead later, in Preferences.</source>
        <translation>Der zufällige Tresorschlüssel kommt in Ihren Systemschlüsselbund: Der Tresor öffnet sich bei der Anmeldung. Sie können später in den Einstellungen stattdessen eine Passphrase wählen.</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Vault: {0}</source>
        <translation>Tresor: {0}</translation>
    </message>
    <message>
        <source>Passphrase (Argon2id)</source>
        <translation>Passphrase (Argon2id)</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Systemschlüsselbund</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase</source>
        <translation>Der Tresorschlüssel ist durch Ihre Passphrase geschützt</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring</source>
        <translation>Der Tresorschlüssel liegt im Systemschlüsselbund</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies)</source>
        <translation>
            <numerusform>%Ln Erinnerung</numerusform>
            <numerusform>%Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in trash</source>
        <translation>
            <numerusform>%Ln im Papierkorb</numerusform>
            <numerusform>%Ln im Papierkorb</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) in all</source>
        <translation>
            <numerusform>%Ln Revision insgesamt</numerusform>
            <numerusform>%Ln Revisionen insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Write a new memory (Ctrl+N)</source>
        <translation>Eine neue Erinnerung schreiben (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save a new revision (Ctrl+S)</source>
        <translation>Eine neue Revision speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Show or hide the history of the memory</source>
        <translation>Den Verlauf der Erinnerung zeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>Import the .md and .txt notes of a folder</source>
        <translation>Die .md- und .txt-Notizen eines Ordners importieren</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>&amp;Papierkorb zeigen</translation>
    </message>
    <message>
        <source>&amp;Hardware Dashboard…</source>
        <translation>&amp;Hardware-Übersicht…</translation>
    </message>
    <message>
        <source>The system, the accelerators, the model in use and a benchmark</source>
        <translation>Das System, die Beschleuniger, das verwendete Modell und ein Leistungstest</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Änderungen jetzt senden und empfangen</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>&amp;Konflikte lösen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Lock Vault</source>
        <translation>Tresor &amp;sperren</translation>
    </message>
    <message>
        <source>Hide every memory until the vault is unlocked again</source>
        <translation>Jede Erinnerung verbergen, bis der Tresor wieder entsperrt ist</translation>
    </message>
    <message>
        <source>&amp;Quit MEMSHADOW</source>
        <translation>MEMSHADOW &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;About MEMSHADOW</source>
        <translation>Über &amp;MEMSHADOW</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About MEMSHADOW</source>
        <translation>Über MEMSHADOW</translation>
    </message>
    <message>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Ihre Erinnerungen, verschlüsselt auf diesem Gerät.</translation>
    </message>
</context>
</TS>
