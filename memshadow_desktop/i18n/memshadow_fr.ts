<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>App</name>
    <message>
        <source>invalid choice: {0} (choose from {1})</source>
        <translation>choix invalide : {0} (choisissez parmi {1})</translation>
    </message>
    <message>
        <source>cannot write {0}</source>
        <translation>impossible d&apos;écrire {0}</translation>
    </message>
    <message>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
        <translation>MEMSHADOW est déjà ouvert pour ce coffre mais ne répond pas. Fermez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Sync stopped because many memories were deleted at once. Delete them on every device too? (They stay in each device&apos;s trash.)</source>
        <translation>La synchronisation s&apos;est arrêtée car de nombreux souvenirs ont été supprimés d&apos;un coup. Les supprimer aussi sur chaque appareil ? (Ils restent dans la corbeille de chaque appareil.)</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation to go on. Go on?</source>
        <translation>La synchronisation attend votre confirmation pour continuer. Continuer ?</translation>
    </message>
    <message>
        <source>Confirm sync</source>
        <translation>Confirmer la synchronisation</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this memory before locking?</source>
        <translation>Enregistrer les modifications de ce souvenir avant de verrouiller ?</translation>
    </message>
    <message>
        <source>MEMSHADOW is still running</source>
        <translation>MEMSHADOW est toujours ouvert</translation>
    </message>
    <message>
        <source>It keeps syncing in the background. Open it or quit it from its icon in the tray.</source>
        <translation>Il continue de synchroniser en arrière-plan. Ouvrez-le ou quittez-le depuis son icône dans la zone de notification.</translation>
    </message>
    <message>
        <source>MEMSHADOW</source>
        <translation>MEMSHADOW</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons without an extension, so MEMSHADOW quits when its window is closed, and sync stops with it. To keep it syncing in the background, install the “{0}” extension and start MEMSHADOW again.</source>
        <translation>GNOME n&apos;affiche pas d&apos;icônes de notification sans extension : MEMSHADOW se ferme donc avec sa fenêtre, et la synchronisation s&apos;arrête avec lui. Pour qu&apos;il continue de synchroniser en arrière-plan, installez l&apos;extension « {0} » et relancez MEMSHADOW.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>{0} is not installed ({1}).</source>
        <translation>{0} n&apos;est pas installé ({1}).</translation>
    </message>
    <message>
        <source>{0} is installed but does not work here.</source>
        <translation>{0} est installé mais ne fonctionne pas ici.</translation>
    </message>
    <message>
        <source>{0} does not run {1} models.</source>
        <translation>{0} n&apos;exécute pas les modèles {1}.</translation>
    </message>
    <message>
        <source>no GPU here: {0} runs on the CPU</source>
        <translation>pas de GPU ici : {0} tourne sur le CPU</translation>
    </message>
    <message>
        <source>{0} could not run on {1}, so the CPU runs it</source>
        <translation>{0} n&apos;a pas pu tourner sur {1}, le CPU s&apos;en charge donc</translation>
    </message>
    <message>
        <source>{0} on the CPU</source>
        <translation>{0} sur le CPU</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>{0} on the CPU, as chosen</source>
        <translation>{0} sur le CPU, comme choisi</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Téléchargement de {0}…</translation>
    </message>
    <message>
        <source>Unpacking {0}…</source>
        <translation>Décompression de {0}…</translation>
    </message>
    <message>
        <source>Answered from your notes.</source>
        <translation>Réponse tirée de vos notes.</translation>
    </message>
    <message>
        <source>Not found in your notes.</source>
        <translation>Introuvable dans vos notes.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The vault holds no memories yet.</source>
        <translation>Le coffre ne contient encore aucun souvenir.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>first words after {0:.1f} s, {1} tokens/s; {2} ({3} cached), {4} of {5} for notes</source>
        <translation>premiers mots après {0:.1f} s, {1} jetons/s ; {2} ({3} en cache), {4} sur {5} pour les notes</translation>
    </message>
</context>
<context>
    <name>AskPanel</name>
    <message>
        <source>Ask my memories</source>
        <translation>Interroger mes souvenirs</translation>
    </message>
    <message>
        <source>Ask a question about your notes…</source>
        <translation>Posez une question sur vos notes…</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demander</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Save as memory</source>
        <translation>Enregistrer comme souvenir</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Recherche dans vos notes…</translation>
    </message>
    <message numerus="yes">
        <source>Answering from %n note(s)…</source>
        <translation>
            <numerusform>Réponse à partir de %n note…</numerusform>
            <numerusform>Réponse à partir de %n notes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes do not seem to answer this.</source>
        <translation>Vos notes ne semblent pas répondre à cela.</translation>
    </message>
    <message>
        <source>No note was close enough to use.</source>
        <translation>Aucune note n&apos;était assez proche pour servir.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>cité</translation>
    </message>
    <message>
        <source>Saved as a memory.</source>
        <translation>Enregistré comme souvenir.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts — MEMSHADOW</source>
        <translation>Conflits de synchronisation — MEMSHADOW</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Souvenir</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Automatic Merges</source>
        <translation>Fusions automatiques</translation>
    </message>
    <message>
        <source>These memories were changed on two devices at once. Both versions are kept until you choose. Resolve… shows both side by side and lets you pick, change by change; settling a conflict here settles it on every device.</source>
        <translation>Ces souvenirs ont été modifiés sur deux appareils en même temps. Les deux versions sont conservées jusqu&apos;à votre choix. « Résoudre… » les affiche côte à côte et vous laisse choisir, modification par modification ; un conflit réglé ici l&apos;est sur tous les appareils.</translation>
    </message>
    <message>
        <source>What collides</source>
        <translation>Ce qui est en conflit</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L&apos;autre version</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
    <message>
        <source>Open Memory</source>
        <translation>Ouvrir le souvenir</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Garder les deux comme souvenirs distincts</translation>
    </message>
    <message>
        <source>The whole memory as that device has it, every change</source>
        <translation>Le souvenir entier tel que cet appareil l&apos;a, avec chaque modification</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Fusionné par</translation>
    </message>
    <message>
        <source>Undo This Merge</source>
        <translation>Annuler cette fusion</translation>
    </message>
    <message>
        <source>edited here, deleted there</source>
        <translation>modifié ici, supprimé là-bas</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message numerus="yes">
        <source>text (%n change(s))</source>
        <translation>
            <numerusform>texte (%n modification)</numerusform>
            <numerusform>texte (%n modifications)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from {0}</source>
        <translation>
            <numerusform>%n ligne de {0}</numerusform>
            <numerusform>%n lignes de {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>From {0}:</source>
        <translation>De {0} :</translation>
    </message>
    <message>
        <source>(only removed lines)</source>
        <translation>(lignes supprimées uniquement)</translation>
    </message>
    <message>
        <source>Changed since the merge: restore a version from its history.</source>
        <translation>Modifié depuis la fusion : restaurez une version depuis son historique.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>Memories merged without asking in the last %n day(s): two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</source>
        <translation>
            <numerusform>Souvenirs fusionnés sans demander au cours du dernier jour : deux appareils ont modifié des parties différentes, et les deux modifications ont été conservées. Annuler rétablit la version de cet appareil ; l&apos;autre reste dans l&apos;historique.</numerusform>
            <numerusform>Souvenirs fusionnés sans demander au cours des %n derniers jours : deux appareils ont modifié des parties différentes, et les deux modifications ont été conservées. Annuler rétablit la version de cet appareil ; l&apos;autre reste dans l&apos;historique.</numerusform>
        </translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>appareil {0}</translation>
    </message>
    <message>
        <source>Changed since: restore from its history instead</source>
        <translation>Modifié depuis : restaurez plutôt depuis son historique</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step.</source>
        <translation>Aucun conflit : tout est à jour.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflit</numerusform>
            <numerusform>%Ln conflits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) need you: choose what to keep</source>
        <translation>
            <numerusform>%Ln conflit demande votre attention : choisissez quoi garder</numerusform>
            <numerusform>%Ln conflits demandent votre attention : choisissez quoi garder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core(s)</source>
        <translation>
            <numerusform>%Ln cœur</numerusform>
            <numerusform>%Ln cœurs</numerusform>
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
            <numerusform>(sur %Ln réponse)</numerusform>
            <numerusform>(sur %Ln réponses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt token(s)</source>
        <translation>
            <numerusform>%Ln jeton de prompt</numerusform>
            <numerusform>%Ln jetons de prompt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln jeton</numerusform>
            <numerusform>%Ln jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln related</source>
        <translation>
            <numerusform>%Ln liée</numerusform>
            <numerusform>%Ln liées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s)</source>
        <translation>
            <numerusform>%Ln voisine</numerusform>
            <numerusform>%Ln voisines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nouvelle</numerusform>
            <numerusform>%Ln nouvelles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mise à jour</numerusform>
            <numerusform>%Ln mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln inchangée</numerusform>
            <numerusform>%Ln inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln ignorée</numerusform>
            <numerusform>%Ln ignorées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>This device&apos;s name:</source>
        <translation>Nom de cet appareil :</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Révoquer…</translation>
    </message>
    <message>
        <source>Revoking a device (a lost or sold one) stops it at once: the server refuses it, so it sends and receives nothing more. It cannot erase what that device already has: its vault stays on it, still encrypted with its own key. The account gets a new data key, so nothing written from now on opens with the keys it kept. Revoking needs the account passphrase; each device can only rename itself.</source>
        <translation>Révoquer un appareil (perdu ou vendu) l&apos;arrête aussitôt : le serveur le refuse, il n&apos;envoie et ne reçoit plus rien. Ce que l&apos;appareil possède déjà ne peut pas être effacé : son coffre y reste, toujours chiffré avec sa propre clé. Le compte reçoit une nouvelle clé de données, si bien que rien de ce qui sera écrit désormais ne s&apos;ouvre avec les clés qu&apos;il a gardées. La révocation demande la phrase secrète du compte ; chaque appareil ne peut renommer que lui-même.</translation>
    </message>
    <message>
        <source>The account passphrase:</source>
        <translation>La phrase secrète du compte :</translation>
    </message>
    <message>
        <source>Set up sync first: then your devices show here.</source>
        <translation>Configurez d&apos;abord la synchronisation : vos appareils s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (cet appareil)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>online now</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Revoke {0}</source>
        <translation>Révoquer {0}</translation>
    </message>
    <message>
        <source>Revoke “{0}”?</source>
        <translation>Révoquer « {0} » ?</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Votre coffre est prêt</translation>
    </message>
    <message>
        <source>All of this can be changed later, in Preferences.</source>
        <translation>Tout cela peut être modifié plus tard dans les Préférences.</translation>
    </message>
    <message>
        <source>Protection: the system keyring</source>
        <translation>Protection : le trousseau du système</translation>
    </message>
    <message>
        <source>Protection: your passphrase</source>
        <translation>Protection : votre phrase secrète</translation>
    </message>
    <message>
        <source>Sync: account {0} on {1}</source>
        <translation>Synchronisation : compte {0} sur {1}</translation>
    </message>
    <message>
        <source>Sync: not set up (Preferences › Sync)</source>
        <translation>Synchronisation : non configurée (Préférences › Synchronisation)</translation>
    </message>
    <message>
        <source>Memories: {0}</source>
        <translation>Souvenirs : {0}</translation>
    </message>
    <message>
        <source>Search by meaning: {0}</source>
        <translation>Recherche par le sens : {0}</translation>
    </message>
    <message>
        <source>Search: by words (get a model in Preferences › Search)</source>
        <translation>Recherche : par mots (obtenez un modèle dans Préférences › Recherche)</translation>
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
        <translation>Léger</translation>
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
        <translation>Critique</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>{0} MB of RAM</source>
        <translation>{0} Mo de RAM</translation>
    </message>
    <message>
        <source>chosen in the settings or by the agent</source>
        <translation>choisi dans les réglages ou par l&apos;agent</translation>
    </message>
    <message>
        <source>chosen, though {0} MB of RAM suits {1}: it may run out of memory</source>
        <translation>choisi, bien que {0} Mo de RAM conviennent à {1} : la mémoire peut manquer</translation>
    </message>
    <message>
        <source>no embedding model installed</source>
        <translation>aucun modèle de vectorisation installé</translation>
    </message>
    <message>
        <source>no validated model variant fits in {0} MB</source>
        <translation>aucune variante validée du modèle ne tient dans {0} Mo</translation>
    </message>
    <message>
        <source>the {0} variant ({1} MB) fits</source>
        <translation>la variante {0} ({1} Mo) tient</translation>
    </message>
    <message>
        <source>{0} instead of {1}: this profile allows {2}</source>
        <translation>{0} au lieu de {1} : ce profil autorise {2}</translation>
    </message>
    <message>
        <source>the model&apos;s validated choice</source>
        <translation>le choix validé du modèle</translation>
    </message>
    <message>
        <source>the model offers no validated variant this profile allows</source>
        <translation>le modèle n&apos;offre aucune variante validée que ce profil autorise</translation>
    </message>
    <message>
        <source>it ran a real session here</source>
        <translation>il a exécuté une vraie session ici</translation>
    </message>
    <message>
        <source>no usable accelerator</source>
        <translation>aucun accélérateur utilisable</translation>
    </message>
    <message>
        <source>{0} is usable, but this profile keeps inference on the CPU</source>
        <translation>{0} est utilisable, mais ce profil garde l&apos;inférence sur le CPU</translation>
    </message>
    <message>
        <source>no local embedding</source>
        <translation>aucune vectorisation locale</translation>
    </message>
    <message>
        <source>{0} is not installed</source>
        <translation>{0} n&apos;est pas installé</translation>
    </message>
    <message>
        <source>no generation model installed</source>
        <translation>aucun modèle de génération installé</translation>
    </message>
    <message>
        <source>answers with {0}</source>
        <translation>répond avec {0}</translation>
    </message>
    <message>
        <source>too small for local generation</source>
        <translation>trop petit pour la génération locale</translation>
    </message>
    <message>
        <source>mains power and a normal network</source>
        <translation>secteur et réseau normal</translation>
    </message>
    <message>
        <source>on battery: Normal and Low wait {0}× longer</source>
        <translation>sur batterie : Normale et Basse attendent {0}× plus longtemps</translation>
    </message>
    <message>
        <source>battery saver: Normal and Low wait {0}× longer</source>
        <translation>économiseur de batterie : Normale et Basse attendent {0}× plus longtemps</translation>
    </message>
    <message>
        <source>metered network: only Critical and High changes are sent</source>
        <translation>réseau limité : seules les modifications Critique et Haute sont envoyées</translation>
    </message>
    <message>
        <source>the settings wait for each deadline</source>
        <translation>les réglages attendent chaque échéance</translation>
    </message>
    <message>
        <source>waits on battery below {0}%</source>
        <translation>attend sur batterie sous {0} %</translation>
    </message>
    <message>
        <source>on battery at {0}%, below {1}%</source>
        <translation>sur batterie à {0} %, sous {1} %</translation>
    </message>
    <message>
        <source>nothing to index with</source>
        <translation>rien pour indexer</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisé</translation>
    </message>
    <message>
        <source>not on a metered network</source>
        <translation>pas sur un réseau limité</translation>
    </message>
    <message>
        <source>{0} MB free, {1} MB needed</source>
        <translation>{0} Mo libres, {1} Mo nécessaires</translation>
    </message>
    <message>
        <source>at most {0}% of the RAM</source>
        <translation>au plus {0} % de la RAM</translation>
    </message>
    <message>
        <source>what the agent stays under</source>
        <translation>ce que l&apos;agent ne dépasse pas</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(pas de description : {0})</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenu</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>immédiatement</translation>
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
        <translation>précharge {0} et {1}</translation>
    </message>
    <message>
        <source>no prefetch</source>
        <translation>pas de préchargement</translation>
    </message>
    <message>
        <source>meaning and words, {0}</source>
        <translation>sens et mots, {0}</translation>
    </message>
    <message>
        <source>words only</source>
        <translation>mots seulement</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>L1 {0} MB in memory, {1}; L2 the encrypted vault</source>
        <translation>L1 {0} Mo en mémoire, {1} ; L2 le coffre chiffré</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} Mo</translation>
    </message>
    <message>
        <source>This device&apos;s plan</source>
        <translation>Plan de cet appareil</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Sync deadlines</source>
        <translation>Échéances de synchronisation</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexation</translation>
    </message>
    <message>
        <source>Model downloads</source>
        <translation>Téléchargements de modèles</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Memory ceiling</source>
        <translation>Plafond mémoire</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Sondage…</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>étiquettes, séparées, par, virgules</translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation>Écrire en Markdown…</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Restaurer depuis la corbeille</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New memory, not saved yet</source>
        <translation>Nouveau souvenir, pas encore enregistré</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Modifié le {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>créé le {0}</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>depuis {0}</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>Dans la corbeille</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Read-only while in the trash</source>
        <translation>Lecture seule tant qu&apos;il est dans la corbeille</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A memory needs a title or some text.</source>
        <translation>Un souvenir a besoin d&apos;un titre ou d&apos;un peu de texte.</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be kept.</source>
        <translation>Le texte contient des caractères qui ne peuvent pas être conservés.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>Il n&apos;y a rien à modifier.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>Choisissez une phrase secrète pour le coffre.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {minimum} characters.</source>
        <translation>La phrase secrète est trop courte : au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {why}</source>
        <translation>Impossible de lire le fichier de phrase secrète {path} : {why}</translation>
    </message>
    <message>
        <source>No passphrase given: set {env} or use --passphrase-file.</source>
        <translation>Aucune phrase secrète fournie : définissez {env} ou utilisez --passphrase-file.</translation>
    </message>
    <message>
        <source>The system keyring refused to give the vault key.</source>
        <translation>Le trousseau du système a refusé de donner la clé du coffre.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the vault key cannot be read.</source>
        <translation>Le trousseau du système n&apos;est pas disponible, la clé du coffre ne peut donc pas être lue.</translation>
    </message>
    <message>
        <source>The vault key is not in the system keyring.</source>
        <translation>La clé du coffre n&apos;est pas dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>Le coffre est verrouillé. Déverrouillez-le pour continuer.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Un appareil a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Joining this one sends every memory to it; confirm to go on.</source>
        <translation>Ce coffre a déjà été synchronisé avec un autre compte. Rejoindre celui-ci y envoie chaque souvenir ; confirmez pour continuer.</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories at once. Check the trash, then confirm with Sync now in the Sync preferences.</source>
        <translation>La synchronisation s&apos;est arrêtée avant de supprimer de nombreux souvenirs d&apos;un coup. Vérifiez la corbeille, puis confirmez avec « Synchroniser maintenant » dans les préférences de synchronisation.</translation>
    </message>
    <message>
        <source>The sync server holds nothing of this account any more. Confirm to upload this vault to it again.</source>
        <translation>Le serveur de synchronisation ne contient plus rien de ce compte. Confirmez pour y téléverser de nouveau ce coffre.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Ce conflit est déjà résolu.</translation>
    </message>
    <message>
        <source>There is no merged text to keep.</source>
        <translation>Il n&apos;y a pas de texte fusionné à conserver.</translation>
    </message>
    <message>
        <source>That is not a way to resolve it.</source>
        <translation>Ce n&apos;est pas une façon de le résoudre.</translation>
    </message>
    <message>
        <source>This memory changed in the meantime, so nothing was written. Reload and choose again.</source>
        <translation>Ce souvenir a changé entre-temps : rien n&apos;a été écrit. Rechargez et choisissez de nouveau.</translation>
    </message>
    <message>
        <source>Some conflicting changes have no choice yet.</source>
        <translation>Certaines modifications en conflit n&apos;ont pas encore de choix.</translation>
    </message>
    <message>
        <source>This conflict has no such change.</source>
        <translation>Ce conflit ne contient pas cette modification.</translation>
    </message>
    <message>
        <source>That is not a way to settle a change.</source>
        <translation>Ce n&apos;est pas une façon de régler une modification.</translation>
    </message>
    <message>
        <source>Give at least six characters of the id.</source>
        <translation>Indiquez au moins six caractères de l&apos;identifiant.</translation>
    </message>
    <message>
        <source>More than one item starts with that id: give more of it.</source>
        <translation>Plusieurs éléments commencent par cet identifiant : donnez-en davantage.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is missing ({path}). Nothing was changed.</source>
        <translation>Le fichier d&apos;en-tête du coffre est absent ({path}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is missing ({path}). Nothing was changed.</source>
        <translation>La base de données du coffre est absente ({path}). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s header belongs to another vault. Nothing was changed.</source>
        <translation>L&apos;en-tête du coffre appartient à un autre coffre. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</source>
        <translation>Ce coffre a été créé par un MEMSHADOW plus récent (format {found} ; celui-ci lit jusqu&apos;à {known}). Mettez MEMSHADOW à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No embedding model is installed, so search by meaning is off.</source>
        <translation>Aucun modèle d&apos;embeddings n&apos;est installé : la recherche par le sens est désactivée.</translation>
    </message>
    <message>
        <source>The stored search index does not fit the model in use; it will be rebuilt.</source>
        <translation>L&apos;index de recherche enregistré ne correspond pas au modèle utilisé ; il sera reconstruit.</translation>
    </message>
    <message>
        <source>The embedding model cannot be loaded.</source>
        <translation>Le modèle d&apos;embeddings ne peut pas être chargé.</translation>
    </message>
    <message>
        <source>No accelerator or CPU could run the embedding model.</source>
        <translation>Aucun accélérateur ni CPU n&apos;a pu exécuter le modèle d&apos;embeddings.</translation>
    </message>
    <message>
        <source>The embedding model failed on this text.</source>
        <translation>Le modèle d&apos;embeddings a échoué sur ce texte.</translation>
    </message>
    <message>
        <source>No generation model is installed: download one or import a GGUF file.</source>
        <translation>Aucun modèle de génération n&apos;est installé : téléchargez-en un ou importez un fichier GGUF.</translation>
    </message>
    <message>
        <source>The library that runs this generation model ({backend}) is not installed.</source>
        <translation>La bibliothèque qui exécute ce modèle de génération ({backend}) n&apos;est pas installée.</translation>
    </message>
    <message>
        <source>The generation model cannot be loaded.</source>
        <translation>Le modèle de génération ne peut pas être chargé.</translation>
    </message>
    <message>
        <source>The generation model stopped with an error.</source>
        <translation>Le modèle de génération s&apos;est arrêté sur une erreur.</translation>
    </message>
    <message>
        <source>This is neither a GGUF model file nor an ONNX GenAI model folder.</source>
        <translation>Ce n&apos;est ni un fichier de modèle GGUF ni un dossier de modèle ONNX GenAI.</translation>
    </message>
    <message>
        <source>A generation model of that name is already installed.</source>
        <translation>Un modèle de génération de ce nom est déjà installé.</translation>
    </message>
    <message>
        <source>This catalogue model has no pinned checksum, so it is not downloaded.</source>
        <translation>Ce modèle du catalogue n&apos;a pas de somme de contrôle fixée : il n&apos;est donc pas téléchargé.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La question est vide.</translation>
    </message>
    <message>
        <source>The question is too long: at most {limit} characters.</source>
        <translation>La question est trop longue : au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>There is no answer to save yet.</source>
        <translation>Il n&apos;y a pas encore de réponse à enregistrer.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation>Cette phrase secrète ne déverrouille pas ce coffre. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The vault is locked: its key is not available.</source>
        <translation>Le coffre est verrouillé : sa clé n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>There is no vault at {detail}.</source>
        <translation>Il n&apos;y a pas de coffre à {detail}.</translation>
    </message>
    <message>
        <source>A vault already exists at {detail}.</source>
        <translation>Un coffre existe déjà à {detail}.</translation>
    </message>
    <message>
        <source>The vault header is damaged. Nothing was changed.</source>
        <translation>L&apos;en-tête du coffre est endommagé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This is not a MEMSHADOW vault, or the key does not open it.</source>
        <translation>Ce n&apos;est pas un coffre MEMSHADOW, ou la clé ne l&apos;ouvre pas.</translation>
    </message>
    <message>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation>Le coffre est occupé par un autre processus MEMSHADOW. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>MEMSHADOW already runs for this vault (process {pid}).</source>
        <translation>MEMSHADOW est déjà ouvert pour ce coffre (processus {pid}).</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>Introuvable : {detail}</translation>
    </message>
    <message>
        <source>This was not accepted.</source>
        <translation>Cela n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>Le disque est plein. Rien n&apos;est perdu ; libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing saved was lost.</source>
        <translation>Le coffre n&apos;a pas pu être lu ou écrit. Rien de ce qui était enregistré n&apos;est perdu.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation>Le serveur de synchronisation est injoignable.</translation>
    </message>
    <message>
        <source>Stopped. What was done is kept.</source>
        <translation>Arrêté. Ce qui était fait est conservé.</translation>
    </message>
    <message>
        <source>That sync passphrase does not open this account.</source>
        <translation>Cette phrase secrète de synchronisation n&apos;ouvre pas ce compte.</translation>
    </message>
    <message>
        <source>That account exists already: join it instead of creating it.</source>
        <translation>Ce compte existe déjà : rejoignez-le au lieu de le créer.</translation>
    </message>
    <message>
        <source>This device was removed from the sync account.</source>
        <translation>Cet appareil a été retiré du compte de synchronisation.</translation>
    </message>
    <message>
        <source>Sync is not set up on this device.</source>
        <translation>La synchronisation n&apos;est pas configurée sur cet appareil.</translation>
    </message>
    <message>
        <source>This server takes new accounts only with an invite code from its owner, or not at all.</source>
        <translation>Ce serveur n&apos;accepte de nouveaux comptes qu&apos;avec un code d&apos;invitation de son propriétaire, ou pas du tout.</translation>
    </message>
    <message>
        <source>This account&apos;s room on the sync server is full. Nothing was lost here; the changes wait until the server&apos;s owner makes room.</source>
        <translation>L&apos;espace de ce compte sur le serveur de synchronisation est plein. Rien n&apos;est perdu ici ; les modifications attendent que le propriétaire du serveur libère de l&apos;espace.</translation>
    </message>
    <message>
        <source>Sync needs an https:// server address (plain http:// only to this computer).</source>
        <translation>La synchronisation nécessite une adresse de serveur en https:// (http:// simple uniquement vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The sync account does not know this device any more: set up sync again.</source>
        <translation>Le compte de synchronisation ne connaît plus cet appareil : configurez de nouveau la synchronisation.</translation>
    </message>
    <message>
        <source>The sync server did not accept this device&apos;s login: set up sync again.</source>
        <translation>Le serveur de synchronisation n&apos;a pas accepté la connexion de cet appareil : configurez de nouveau la synchronisation.</translation>
    </message>
    <message>
        <source>The sync server sent something this version cannot read. Nothing was applied.</source>
        <translation>Le serveur de synchronisation a envoyé quelque chose que cette version ne sait pas lire. Rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>This changed meanwhile somewhere else. Look at it again and retry.</source>
        <translation>Ceci a changé entre-temps ailleurs. Examinez-le de nouveau et réessayez.</translation>
    </message>
    <message>
        <source>Sync waits for you to confirm what it is about to do.</source>
        <translation>La synchronisation attend que vous confirmiez ce qu&apos;elle va faire.</translation>
    </message>
    <message>
        <source>The sync server refused the request.</source>
        <translation>Le serveur de synchronisation a refusé la requête.</translation>
    </message>
    <message>
        <source>The sync server refused a change.</source>
        <translation>Le serveur de synchronisation a refusé une modification.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>Échec de la synchronisation.</translation>
    </message>
    <message>
        <source>Search by meaning failed.</source>
        <translation>Échec de la recherche par le sens.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Un problème est survenu : {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}).</source>
        <translation>Un problème est survenu ({0}).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to MEMSHADOW</source>
        <translation>Bienvenue dans MEMSHADOW</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Start MEMSHADOW when I log in</source>
        <translation>Lancer MEMSHADOW à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation>Continuer la synchronisation dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing the window quits MEMSHADOW (and sync stops with it).</source>
        <translation>Ce bureau n&apos;affiche pas d&apos;icônes de notification : fermer la fenêtre quitte donc MEMSHADOW (et la synchronisation s&apos;arrête avec lui).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language shows when MEMSHADOW starts again.</source>
        <translation>Une nouvelle langue s&apos;affiche au prochain lancement de MEMSHADOW.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Tell me about sync conflicts, sync problems and a removed device</source>
        <translation>M&apos;avertir des conflits et problèmes de synchronisation et d&apos;un appareil retiré</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Pas en pause</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Pause pendant 1 heure</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Pause jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Notifications never show what a memory says, not even its title.</source>
        <translation>Les notifications ne montrent jamais le contenu d&apos;un souvenir, pas même son titre.</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Écrit dans {0}</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>En pause jusqu&apos;à {0}</translation>
    </message>
</context>
<context>
    <name>GenerationSection</name>
    <message>
        <source>Generation (Ask)</source>
        <translation>Génération (Demander)</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{0}; devices: {1}</source>
        <translation>{0} ; appareils : {1}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>non installé</translation>
    </message>
    <message>
        <source>Model {0} on {1}</source>
        <translation>Modèle {0} sur {1}</translation>
    </message>
    <message>
        <source>{0} tokens/s generating, {1} tokens/s reading the prompt {2}</source>
        <translation>{0} jetons/s en génération, {1} jetons/s en lecture du prompt {2}</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>Aucune réponse mesurée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No generation model is installed.</source>
        <translation>Aucun modèle de génération n&apos;est installé.</translation>
    </message>
</context>
<context>
    <name>HardwareDashboard</name>
    <message>
        <source>Hardware — MEMSHADOW</source>
        <translation>Matériel — MEMSHADOW</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>Cette machine</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Fonctions du CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire vive</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>NPUs</source>
        <translation>NPU</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Live statistics</source>
        <translation>Statistiques en direct</translation>
    </message>
    <message>
        <source>Inferences</source>
        <translation>Inférences</translation>
    </message>
    <message>
        <source>Texts embedded</source>
        <translation>Textes vectorisés</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <source>Items per second</source>
        <translation>Éléments par seconde</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>Fournisseurs d&apos;exécution</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilisable</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Items/s</source>
        <translation>Éléments/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Pourquoi pas</translation>
    </message>
    <message>
        <source>Model and precision</source>
        <translation>Modèle et précision</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Accuracy vs FP32</source>
        <translation>Fidélité à FP32</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Use this precision</source>
        <translation>Utiliser cette précision</translation>
    </message>
    <message>
        <source>Search switches to it; the vault is embedded again in the background</source>
        <translation>La recherche bascule dessus ; le coffre est revectorisé en arrière-plan</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Mesure de performance</translation>
    </message>
    <message>
        <source>Benchmark this machine</source>
        <translation>Mesurer cette machine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Measures how fast the model in use embeds notes and answers a query here.</source>
        <translation>Mesure la vitesse à laquelle le modèle utilisé vectorise des notes et répond à une requête ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Get one in Preferences › Search (a download, or a folder you have) to search by meaning.</source>
        <translation>&lt;b&gt;Aucun modèle d&apos;embeddings installé.&lt;/b&gt; Obtenez-en un dans Préférences › Recherche (un téléchargement, ou un dossier que vous avez) pour chercher par le sens.</translation>
    </message>
    <message>
        <source>{0}, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</source>
        <translation>{0}, {1} en attente ; les vecteurs occupent {2}. Le moteur ne signale pas encore ses propres compteurs ; la latence et la vitesse viennent de la mesure de performance.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies) indexed</source>
        <translation>
            <numerusform>%Ln souvenir indexé</numerusform>
            <numerusform>%Ln souvenirs indexés</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}{1} notes per second over {2}; one query embeds in {3} (p50), {4} (p95).</source>
        <translation>{0}{1} notes par seconde sur {2} ; une requête est vectorisée en {3} (p50), {4} (p95).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln probe text(s)</source>
        <translation>
            <numerusform>%Ln texte de test</numerusform>
            <numerusform>%Ln textes de test</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{0} total, {1} available</source>
        <translation>{0} au total, {1} disponibles</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>aucun détecté</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modèle inconnu</translation>
    </message>
    <message>
        <source>on battery, {0}%</source>
        <translation>sur batterie, {0} %</translation>
    </message>
    <message>
        <source>mains power</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>, battery {0}%</source>
        <translation>, batterie {0} %</translation>
    </message>
    <message>
        <source>unknown (no power sensor readable)</source>
        <translation>inconnu (aucun capteur d&apos;alimentation lisible)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>Utilisé : &lt;b&gt;{0}&lt;/b&gt; · fournisseur &lt;b&gt;{1}&lt;/b&gt; · précision &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Repli : {0}</translation>
    </message>
    <message>
        <source>min {0} · mean {1}</source>
        <translation>min {0} · moyenne {1}</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>The engine has not reported precision variants for this model.</source>
        <translation>Le moteur n&apos;a signalé aucune variante de précision pour ce modèle.</translation>
    </message>
    <message>
        <source>A variant is offered only when it matches FP32 on the probe set.</source>
        <translation>Une variante n&apos;est proposée que si elle correspond à FP32 sur le jeu de test.</translation>
    </message>
    <message>
        <source>Install a model first</source>
        <translation>Installez d&apos;abord un modèle</translation>
    </message>
    <message>
        <source>Nothing to recommend: this machine is used as well as it can be.</source>
        <translation>Rien à recommander : cette machine est utilisée au mieux.</translation>
    </message>
    <message>
        <source>No model: nothing is embedded.</source>
        <translation>Aucun modèle : rien n&apos;est vectorisé.</translation>
    </message>
    <message>
        <source>texts embedded per second</source>
        <translation>textes vectorisés par seconde</translation>
    </message>
    <message>
        <source>p50 {0} · p95 {1} (engine statistics since start)</source>
        <translation>p50 {0} · p95 {1} (statistiques du moteur depuis le lancement)</translation>
    </message>
    <message>
        <source>memories indexed per second</source>
        <translation>souvenirs indexés par seconde</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Mesure…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Select a revision to see its text.</source>
        <translation>Sélectionnez une révision pour voir son texte.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurer cette version</translation>
    </message>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>moved to trash</source>
        <translation>mis à la corbeille</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauré</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <source>conflicting edits, both kept</source>
        <translation>modifications en conflit, les deux conservées</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflit résolu</translation>
    </message>
    <message>
        <source>automatic merge undone</source>
        <translation>fusion automatique annulée</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  (actuelle)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln révision</numerusform>
            <numerusform>%Ln révisions</numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation>cet appareil</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>appareil {0}</translation>
    </message>
    <message>
        <source>this device ({0})</source>
        <translation>cet appareil ({0})</translation>
    </message>
    <message>
        <source>Revision {0}
Device: {1}</source>
        <translation>Révision {0}
Appareil : {1}</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Aucune sélection.</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Titre : {0}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Étiquettes : {0}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>dans la corbeille</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Bring in your notes</source>
        <translation>Importez vos notes</translation>
    </message>
    <message>
        <source>Import a folder of Markdown or text notes (sub-folders too), or skip this: you can import more at any time from the File menu.</source>
        <translation>Importez un dossier de notes Markdown ou texte (sous-dossiers compris), ou passez cette étape : vous pourrez en importer d&apos;autres à tout moment depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>Choose a Folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Importer des notes depuis un dossier</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}.</source>
        <translation>{0} importé : {1}, {2}.</translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <source>Loading the search index…</source>
        <translation>Chargement de l&apos;index de recherche…</translation>
    </message>
    <message>
        <source>Search by meaning is unavailable</source>
        <translation>La recherche par le sens est indisponible</translation>
    </message>
    <message>
        <source>Search: full text</source>
        <translation>Recherche : texte intégral</translation>
    </message>
    <message>
        <source>Get an embedding model in Preferences › Search to search by meaning</source>
        <translation>Obtenez un modèle d&apos;embeddings dans Préférences › Recherche pour chercher par le sens</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Aucun modèle d&apos;embeddings</translation>
    </message>
    <message>
        <source>Updating the embedding model…</source>
        <translation>Mise à jour du modèle d&apos;embeddings…</translation>
    </message>
    <message numerus="yes">
        <source>Search by meaning: %Ln indexed</source>
        <translation>
            <numerusform>Recherche par le sens : %Ln indexé</numerusform>
            <numerusform>Recherche par le sens : %Ln indexés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused: %Ln to go</source>
        <translation>
            <numerusform>Indexation en pause : encore %Ln</numerusform>
            <numerusform>Indexation en pause : encore %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing: %Ln to go</source>
        <translation>
            <numerusform>Indexation : encore %Ln</numerusform>
            <numerusform>Indexation : encore %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Every memory is indexed for search by meaning</source>
        <translation>Chaque souvenir est indexé pour la recherche par le sens</translation>
    </message>
    <message>
        <source>Paused: {0}</source>
        <translation>En pause : {0}</translation>
    </message>
    <message>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation>Les souvenirs sont vectorisés en arrière-plan pour la recherche par le sens</translation>
    </message>
    <message>
        <source>Embedding model: {0}</source>
        <translation>Modèle d&apos;embeddings : {0}</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Repli : {0}</translation>
    </message>
    <message>
        <source>Search: locked</source>
        <translation>Recherche : verrouillée</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <source>Your vault is locked</source>
        <translation>Votre coffre est verrouillé</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Nothing of it stays decrypted in memory. Sync waits: changes from your other devices arrive once you unlock.</source>
        <translation>Rien n&apos;en reste déchiffré en mémoire. La synchronisation attend : les modifications de vos autres appareils arrivent une fois déverrouillé.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
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
        <translation>Corbeille ({0})</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Memories ({0})</source>
        <translation>Souvenirs ({0})</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>New memory</source>
        <translation>Nouveau souvenir</translation>
    </message>
    <message>
        <source>{0}[*] — MEMSHADOW</source>
        <translation>{0}[*] — MEMSHADOW</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to this memory?</source>
        <translation>Abandonner les modifications de ce souvenir ?</translation>
    </message>
    <message>
        <source>MEMSHADOW — locked</source>
        <translation>MEMSHADOW — verrouillé</translation>
    </message>
    <message>
        <source>Saved a new memory</source>
        <translation>Nouveau souvenir enregistré</translation>
    </message>
    <message>
        <source>Saved a new revision</source>
        <translation>Nouvelle révision enregistrée</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash</source>
        <translation>« {0} » mis à la corbeille</translation>
    </message>
    <message>
        <source>Restored “{0}” from the trash</source>
        <translation>« {0} » restauré depuis la corbeille</translation>
    </message>
    <message>
        <source>Restored an earlier version as a new revision</source>
        <translation>Version antérieure restaurée comme nouvelle révision</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Importer des notes depuis un dossier</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}, {3}, {4}</source>
        <translation>{0} importé : {1}, {2}, {3}, {4}</translation>
    </message>
    <message>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation>Ce souvenir a des modifications non enregistrées. Fermer quand même et les perdre ?</translation>
    </message>
    <message>
        <source>Ask my memories…</source>
        <translation>Interroger mes souvenirs…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Demander</translation>
    </message>
</context>
<context>
    <name>MeaningLoader</name>
    <message>
        <source>Get an embedding model (Preferences › Search) to see memories related in meaning.</source>
        <translation>Obtenez un modèle d&apos;embeddings (Préférences › Recherche) pour voir les souvenirs proches par le sens.</translation>
    </message>
    <message>
        <source>Related memories appear once the vault is indexed.</source>
        <translation>Les souvenirs proches apparaissent une fois le coffre indexé.</translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <source>meaning {0}</source>
        <translation>sens {0}</translation>
    </message>
    <message>
        <source>words {0}</source>
        <translation>mots {0}</translation>
    </message>
    <message>
        <source>Search memories</source>
        <translation>Rechercher dans les souvenirs</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Souvenirs</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Search disabled in the trash</source>
        <translation>Recherche désactivée dans la corbeille</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message>
        <source>No memory matches “{0}”.</source>
        <translation>Aucun souvenir ne correspond à « {0} ».</translation>
    </message>
    <message>
        <source>No memories yet. Press New to write one.</source>
        <translation>Aucun souvenir pour l&apos;instant. Appuyez sur Nouveau pour en écrire un.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <source>by meaning</source>
        <translation>par le sens</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>texte intégral</translation>
    </message>
    <message>
        <source>Hybrid search: ranked by meaning, with a boost for the words you typed</source>
        <translation>Recherche hybride : classée par le sens, avec un bonus pour les mots saisis</translation>
    </message>
    <message>
        <source>Search by meaning only</source>
        <translation>Rechercher par le sens uniquement</translation>
    </message>
    <message>
        <source>Full-text search: memories that contain the words you typed</source>
        <translation>Recherche en texte intégral : les souvenirs qui contiennent les mots saisis</translation>
    </message>
    <message>
        <source>Matching words only. Get an embedding model in Preferences › Search to search by meaning.</source>
        <translation>Mots correspondants uniquement. Obtenez un modèle d&apos;embeddings dans Préférences › Recherche pour chercher par le sens.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resolve a conflict — MEMSHADOW</source>
        <translation>Résoudre un conflit — MEMSHADOW</translation>
    </message>
    <message>
        <source>Show the common ancestor</source>
        <translation>Afficher l&apos;ancêtre commun</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Garder les deux comme souvenirs distincts</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Modification en conflit</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous conflicting change (Alt+Up)</source>
        <translation>Modification en conflit précédente (Alt+Haut)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next conflicting change (Alt+Down)</source>
        <translation>Modification en conflit suivante (Alt+Bas)</translation>
    </message>
    <message>
        <source>Edit by Hand</source>
        <translation>Modifier à la main</translation>
    </message>
    <message>
        <source>Change this part in the result below</source>
        <translation>Modifier ce passage dans le résultat ci-dessous</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Text (editable)</source>
        <translation>Texte (modifiable)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Edited on one device and deleted on another.</source>
        <translation>Modifié sur un appareil et supprimé sur un autre.</translation>
    </message>
    <message>
        <source>Both devices changed the same part.</source>
        <translation>Les deux appareils ont modifié le même passage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} Changes that did not collide are already in the result; choose for each conflicting change below.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} Les modifications sans conflit sont déjà dans le résultat ; choisissez ci-dessous pour chaque modification en conflit.</translation>
    </message>
    <message>
        <source>Common ancestor — {0}</source>
        <translation>Ancêtre commun — {0}</translation>
    </message>
    <message>
        <source>Common ancestor — none (no shared version)</source>
        <translation>Ancêtre commun — aucun (pas de version partagée)</translation>
    </message>
    <message>
        <source>Mine — {0}</source>
        <translation>Ma version — {0}</translation>
    </message>
    <message>
        <source>Theirs — {0}</source>
        <translation>L&apos;autre version — {0}</translation>
    </message>
    <message>
        <source>This memory changed while the dialog was open, so nothing was written. Reload to merge against the new version (your choices here are dropped).</source>
        <translation>Ce souvenir a changé pendant que la fenêtre était ouverte : rien n&apos;a été écrit. Rechargez pour fusionner avec la nouvelle version (vos choix ici sont abandonnés).</translation>
    </message>
    <message>
        <source>No conflicting changes: finish to keep the result.</source>
        <translation>Aucune modification en conflit : terminez pour garder le résultat.</translation>
    </message>
    <message>
        <source>Change {0} of {1}: {2}. Still to choose: {3}.</source>
        <translation>Modification {0} sur {1} : {2}. Reste à choisir : {3}.</translation>
    </message>
    <message>
        <source>Choose for every conflicting change first</source>
        <translation>Choisissez d&apos;abord pour chaque modification en conflit</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>tag “{0}”</source>
        <translation>étiquette « {0} »</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>supprimé ou conservé</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Keep Both, Mine First</source>
        <translation>Garder les deux, la mienne d&apos;abord</translation>
    </message>
    <message>
        <source>Keep Both, Theirs First</source>
        <translation>Garder les deux, l&apos;autre d&apos;abord</translation>
    </message>
    <message>
        <source>Keep the Tag</source>
        <translation>Garder l&apos;étiquette</translation>
    </message>
    <message>
        <source>Remove the Tag</source>
        <translation>Retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Restore with the Edit</source>
        <translation>Restaurer avec la modification</translation>
    </message>
    <message>
        <source>Keep Deleted</source>
        <translation>Laisser supprimé</translation>
    </message>
    <message>
        <source>keeps the tag “{0}”</source>
        <translation>garde l&apos;étiquette « {0} »</translation>
    </message>
    <message>
        <source>removed the tag “{0}”</source>
        <translation>a retiré l&apos;étiquette « {0} »</translation>
    </message>
    <message>
        <source>moved it to the trash</source>
        <translation>l&apos;a mis à la corbeille</translation>
    </message>
    <message>
        <source>edited it</source>
        <translation>l&apos;a modifié</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Étiquettes : {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>removed on one device, kept on the other: {0} (kept unless you remove them)</source>
        <translation>retirées sur un appareil, gardées sur l&apos;autre : {0} (gardées sauf si vous les retirez)</translation>
    </message>
    <message>
        <source>the memory stays in the trash</source>
        <translation>le souvenir reste dans la corbeille</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>appareil {0}</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (cet appareil)</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Titre : {0}</translation>
    </message>
    <message>
        <source>(moved to the trash)</source>
        <translation>(mis à la corbeille)</translation>
    </message>
</context>
<context>
    <name>ModelGetter</name>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>Importer un dossier…</translation>
    </message>
    <message>
        <source>A sentence-transformers model folder, converted here (no PyTorch needed)</source>
        <translation>Un dossier de modèle sentence-transformers, converti ici (sans PyTorch)</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installé</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Downloading: {0} of {1}</source>
        <translation>Téléchargement : {0} sur {1}</translation>
    </message>
    <message>
        <source>A sentence-transformers folder</source>
        <translation>Un dossier sentence-transformers</translation>
    </message>
    <message>
        <source>Download stopped. Download again to go on from where it stopped.</source>
        <translation>Téléchargement arrêté. Relancez-le pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Installed {0}: search by meaning is on.</source>
        <translation>{0} installé : la recherche par le sens est active.</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Search by meaning</source>
        <translation>Recherche par le sens</translation>
    </message>
    <message>
        <source>A small model on this device finds notes by what they mean; nothing goes to the cloud. Download one (about 90 MB), import a folder, or skip.</source>
        <translation>Un petit modèle sur cet appareil trouve les notes selon leur sens ; rien ne part dans le cloud. Téléchargez-en un (environ 90 Mo), importez un dossier, ou passez.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>on battery at {0}% (below {1}%)</source>
        <translation>sur batterie à {0} % (sous {1} %)</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(pas de description : {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} minimum cosine.</source>
        <translation>{0} est {1}× plus rapide que FP32 ici, avec un cosinus minimal de {2}.</translation>
    </message>
    <message>
        <source>{0} is {1}× slower than FP32 here at {2} minimum cosine.</source>
        <translation>{0} est {1}× plus lent que FP32 ici, avec un cosinus minimal de {2}.</translation>
    </message>
    <message>
        <source>Could not be built or loaded ({0}): {1}</source>
        <translation>Impossible de le construire ou de le charger ({0}) : {1}</translation>
    </message>
    <message>
        <source>CoreML exists only on macOS; this is {0}.</source>
        <translation>CoreML n&apos;existe que sur macOS ; ceci est {0}.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CoreML provider (install the official macOS wheel).</source>
        <translation>Cet ONNX Runtime n&apos;a pas de fournisseur CoreML (installez la wheel macOS officielle).</translation>
    </message>
    <message>
        <source>DirectML exists only on Windows (onnxruntime-directml); this is {0}.</source>
        <translation>DirectML n&apos;existe que sous Windows (onnxruntime-directml) ; ceci est {0}.</translation>
    </message>
    <message>
        <source>onnxruntime-directml is not installed (the plain wheel lacks DirectML).</source>
        <translation>onnxruntime-directml n&apos;est pas installé (la wheel de base n&apos;a pas DirectML).</translation>
    </message>
    <message>
        <source>CUDA does not exist on macOS.</source>
        <translation>CUDA n&apos;existe pas sur macOS.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README).</source>
        <translation>Cet ONNX Runtime n&apos;a pas de fournisseur CUDA : installez onnxruntime-gpu (voir le README).</translation>
    </message>
    <message>
        <source>Not part of the installed ONNX Runtime {0}.</source>
        <translation>Ne fait pas partie de l&apos;ONNX Runtime {0} installé.</translation>
    </message>
    <message>
        <source>TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries.</source>
        <translation>TensorRT demande un onnxruntime-gpu compilé avec TensorRT et les bibliothèques TensorRT.</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</source>
        <translation>Obtenez un modèle d&apos;embeddings pour chercher par le sens : Préférences › Recherche (ou &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>{0} is not installed. {1}</source>
        <translation>{0} n&apos;est pas installé. {1}</translation>
    </message>
    <message>
        <source>{0} failed to start: {1}</source>
        <translation>{0} n&apos;a pas pu démarrer : {1}</translation>
    </message>
    <message>
        <source>{0} is listed by the session but ran no part of a test run (ran: {1}).</source>
        <translation>{0} figure dans la session mais n&apos;a exécuté aucune partie d&apos;un test (exécutés : {1}).</translation>
    </message>
    <message>
        <source>The session fell back to the CPU.</source>
        <translation>La session s&apos;est repliée sur le CPU.</translation>
    </message>
    <message>
        <source>Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling.</source>
        <translation>Des formes fixes par tranches de longueur (16 à 256 jetons) évitent de recompiler.</translation>
    </message>
    <message>
        <source>MLProgram format on every compute unit (Neural Engine, GPU, CPU).</source>
        <translation>Format MLProgram sur chaque unité de calcul (Neural Engine, GPU, CPU).</translation>
    </message>
    <message>
        <source>Memory pattern off and sequential execution (DirectML requires both).</source>
        <translation>Motif mémoire désactivé et exécution séquentielle (DirectML exige les deux).</translation>
    </message>
    <message>
        <source>The adapter is chosen with device_id.</source>
        <translation>L&apos;adaptateur est choisi avec device_id.</translation>
    </message>
    <message>
        <source>device_id picks the GPU; gpu_mem_limit caps its memory.</source>
        <translation>device_id choisit le GPU ; gpu_mem_limit plafonne sa mémoire.</translation>
    </message>
    <message>
        <source>One thread per physical core ({0}).</source>
        <translation>Un thread par cœur physique ({0}).</translation>
    </message>
    <message>
        <source>Fused attention, LayerNorm and GELU; INT8 uses VNNI where present.</source>
        <translation>Attention, LayerNorm et GELU fusionnés ; INT8 utilise VNNI si disponible.</translation>
    </message>
    <message>
        <source>The only provider installed.</source>
        <translation>Le seul fournisseur installé.</translation>
    </message>
    <message>
        <source>The CPU, by default.</source>
        <translation>Le CPU, par défaut.</translation>
    </message>
    <message>
        <source>The fastest measured here ({0} texts per second).</source>
        <translation>Le plus rapide mesuré ici ({0} textes par seconde).</translation>
    </message>
    <message>
        <source>The only provider that works here.</source>
        <translation>Le seul fournisseur qui fonctionne ici.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed.</source>
        <translation>Les GPU NVIDIA ne peuvent pas être listés : nvidia-ml-py n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found ({0}).</source>
        <translation>Aucun pilote NVIDIA trouvé ({0}).</translation>
    </message>
    <message>
        <source>Asking the NVIDIA driver failed ({0}).</source>
        <translation>L&apos;interrogation du pilote NVIDIA a échoué ({0}).</translation>
    </message>
    <message>
        <source>No display adapter is visible on this system (no /sys/class/drm).</source>
        <translation>Aucun adaptateur graphique n&apos;est visible sur ce système (pas de /sys/class/drm).</translation>
    </message>
    <message>
        <source>Intel NPU unknown: the OpenVINO runtime cannot be loaded.</source>
        <translation>NPU Intel inconnu : le runtime OpenVINO ne peut pas être chargé.</translation>
    </message>
    <message>
        <source>No battery or mains sensor is readable: the power source is unknown.</source>
        <translation>Aucun capteur de batterie ou de secteur lisible : la source d&apos;alimentation est inconnue.</translation>
    </message>
    <message>
        <source>The fast graph does not match the reference (min cosine {0}).</source>
        <translation>Le graphe rapide ne correspond pas à la référence (cosinus min {0}).</translation>
    </message>
    <message>
        <source>Min cosine {0} to FP32 is below {1}.</source>
        <translation>Le cosinus min {0} par rapport à FP32 est inférieur à {1}.</translation>
    </message>
    <message>
        <source>Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), then memories are embedded again.</source>
        <translation>Le modèle {0} a été construit par une version plus ancienne : il est reconstruit depuis {1} (une minute ou deux), puis les souvenirs sont revectorisés.</translation>
    </message>
    <message>
        <source>Model {0} is rebuilt from {1} (a minute or two).</source>
        <translation>Le modèle {0} est reconstruit depuis {1} (une minute ou deux).</translation>
    </message>
    <message>
        <source>The older build of model {0} stays in use: {1}</source>
        <translation>L&apos;ancienne version du modèle {0} reste utilisée : {1}</translation>
    </message>
    <message>
        <source>Converting {0} to ONNX…</source>
        <translation>Conversion de {0} en ONNX…</translation>
    </message>
    <message>
        <source>Checking the FP32 reference…</source>
        <translation>Vérification de la référence FP32…</translation>
    </message>
    <message>
        <source>Building and checking {0}…</source>
        <translation>Construction et vérification de {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Téléchargement de {0}…</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or memshadow models download all-MiniLM-L6-v2).</source>
        <translation>Obtenez un modèle d&apos;embeddings pour chercher par le sens : Préférences › Recherche (ou memshadow models download all-MiniLM-L6-v2).</translation>
    </message>
    <message>
        <source>{0} is not offered. {1}</source>
        <translation>{0} n&apos;est pas proposé. {1}</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation>{0} est {1}× plus rapide que FP32 ici avec un cosinus de {2} : à envisager.</translation>
    </message>
    <message>
        <source>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</source>
        <translation>Précision par défaut ici : {0}, la plus rapide qui garde un cosinus min ≥ {1}.</translation>
    </message>
    <message>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation>Aucun GPU ni NPU trouvé : le CPU exécute le modèle. Cela suffit pour la recherche : une requête prend quelques millisecondes.</translation>
    </message>
    <message>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation>Votre CPU dispose des instructions VNNI/AMX, qui rendent les modèles INT8 rapides : préférez une variante INT8 si elle reste précise.</translation>
    </message>
    <message>
        <source>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation>{0} est présent mais CUDA n&apos;est pas utilisable : installez onnxruntime-gpu pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation>Sur batterie : l&apos;indexation en arrière-plan se met en pause quand la batterie faiblit.</translation>
    </message>
    <message>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
        <translation>Mesuré ici : {0} notes par seconde ; une requête est vectorisée en {1}.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>{0} found: both versions are kept until you choose.</source>
        <translation>{0} détecté : les deux versions sont conservées jusqu&apos;à votre choix.</translation>
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
        <translation>Préférences — MEMSHADOW</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <source>Related</source>
        <translation>Proches</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{0}
Similarity {1}

{2}</source>
        <translation>{0}
Similarité {1}

{2}</translation>
    </message>
    <message>
        <source>Nothing close in meaning yet.</source>
        <translation>Rien de proche par le sens pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>The model in use</source>
        <translation>Le modèle utilisé</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision :</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Tourne sur :</translation>
    </message>
    <message>
        <source>Get a model</source>
        <translation>Obtenir un modèle</translation>
    </message>
    <message>
        <source>Search by meaning needs an embedding model on this device (no cloud). Download one from the catalogue, or import a sentence-transformers folder you have.</source>
        <translation>La recherche par le sens a besoin d&apos;un modèle d&apos;embeddings sur cet appareil (pas de cloud). Téléchargez-en un depuis le catalogue, ou importez un dossier sentence-transformers que vous avez.</translation>
    </message>
    <message>
        <source>Index Again…</source>
        <translation>Réindexer…</translation>
    </message>
    <message>
        <source>Embed every memory again with the model in use</source>
        <translation>Revectoriser chaque souvenir avec le modèle utilisé</translation>
    </message>
    <message>
        <source>(chosen when search first runs)</source>
        <translation>(choisi à la première recherche)</translation>
    </message>
    <message>
        <source>None: search finds words, not meaning</source>
        <translation>Aucun : la recherche trouve des mots, pas le sens</translation>
    </message>
    <message>
        <source> — {0:.3f} similarity to FP32</source>
        <translation> — similarité de {0:.3f} avec FP32</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>Réindexer</translation>
    </message>
    <message>
        <source>Embed every memory again? Search by meaning finds less until it is done (it runs in the background).</source>
        <translation>Revectoriser chaque souvenir ? La recherche par le sens trouve moins de résultats jusqu&apos;à la fin (cela tourne en arrière-plan).</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Lock the vault:</source>
        <translation>&amp;Verrouiller le coffre :</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the editor and the search index are emptied, and sync waits for the unlock.</source>
        <translation>Verrouillé, MEMSHADOW ne garde rien de déchiffré en mémoire : la liste, l&apos;éditeur et l&apos;index de recherche sont vidés, et la synchronisation attend le déverrouillage.</translation>
    </message>
    <message>
        <source>How the vault key is kept</source>
        <translation>Comment la clé du coffre est gardée</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle :</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Après %n minute d&apos;inactivité</numerusform>
            <numerusform>Après %n minutes d&apos;inactivité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keyring</source>
        <translation>Garder la clé dans le trousseau du système</translation>
    </message>
    <message>
        <source>This desktop has no system keyring, so the passphrase protects the key.</source>
        <translation>Ce bureau n&apos;a pas de trousseau système : la phrase secrète protège donc la clé.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id).</source>
        <translation>La clé du coffre est protégée par votre phrase secrète (Argon2id).</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring: the vault opens when you log in. Choose a passphrase below to protect it with one instead.</source>
        <translation>La clé du coffre est gardée dans le trousseau du système : le coffre s&apos;ouvre à l&apos;ouverture de session. Choisissez ci-dessous une phrase secrète pour la protéger plutôt ainsi.</translation>
    </message>
    <message>
        <source>Use This Passphrase</source>
        <translation>Utiliser cette phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The vault key is now protected by the new passphrase.</source>
        <translation>La clé du coffre est maintenant protégée par la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>Enter the current passphrase to confirm.</source>
        <translation>Saisissez la phrase secrète actuelle pour confirmer.</translation>
    </message>
    <message>
        <source>The vault key is now kept in the system keyring.</source>
        <translation>La clé du coffre est maintenant gardée dans le trousseau du système.</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>last {0} s</source>
        <translation>dernières {0} s</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>En attente de données…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase</source>
        <translation>Saisissez une phrase secrète</translation>
    </message>
    <message>
        <source>Too short (at least {0})</source>
        <translation>Trop courte (au moins {0})</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>tomorrow {0}</source>
        <translation>demain {0}</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>La synchronisation n&apos;est pas configurée</translation>
    </message>
    <message>
        <source>Synced · last sync {0}</source>
        <translation>Synchronisé · dernière synchronisation {0}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Receiving changes: {0} of {1}</source>
        <translation>Réception des modifications : {0} sur {1}</translation>
    </message>
    <message>
        <source>Syncing {0}…</source>
        <translation>Synchronisation de {0}…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync paused until {0}</source>
        <translation>Synchronisation en pause jusqu&apos;à {0}</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisation en pause</translation>
    </message>
    <message>
        <source>Offline · {0} waiting</source>
        <translation>Hors ligne · {0} en attente</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Indexing for search: {0} of {1}</source>
        <translation>Indexation pour la recherche : {0} sur {1}</translation>
    </message>
    <message>
        <source>Sync stopped: this device was removed from the account</source>
        <translation>Synchronisation arrêtée : cet appareil a été retiré du compte</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories</source>
        <translation>Synchronisation arrêtée avant de supprimer de nombreux souvenirs</translation>
    </message>
    <message>
        <source>Sync stopped: the server holds nothing of this account</source>
        <translation>Synchronisation arrêtée : le serveur ne contient rien de ce compte</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation</source>
        <translation>La synchronisation attend votre confirmation</translation>
    </message>
    <message>
        <source>Sync stopped: the server refused this device</source>
        <translation>Synchronisation arrêtée : le serveur a refusé cet appareil</translation>
    </message>
    <message>
        <source>Sync stopped: the vault could not be written</source>
        <translation>Synchronisation arrêtée : le coffre n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Sync stopped unexpectedly</source>
        <translation>Synchronisation arrêtée de façon inattendue</translation>
    </message>
    <message>
        <source>Sync failed ({0})</source>
        <translation>Échec de la synchronisation ({0})</translation>
    </message>
    <message>
        <source>Unlock it to see your memories; sync waits until then.</source>
        <translation>Déverrouillez-le pour voir vos souvenirs ; la synchronisation attend jusque-là.</translation>
    </message>
    <message>
        <source>They go out by themselves when the server can be reached.</source>
        <translation>Elles partent d&apos;elles-mêmes quand le serveur est joignable.</translation>
    </message>
    <message>
        <source>Set it up in Preferences to keep your devices in step.</source>
        <translation>Configurez-la dans les Préférences pour garder vos appareils à jour.</translation>
    </message>
    <message>
        <source>To sync again, sign out and set up sync in Preferences.</source>
        <translation>Pour synchroniser de nouveau, déconnectez-vous et configurez la synchronisation dans les Préférences.</translation>
    </message>
    <message>
        <source>Check the trash; then choose Sync now to confirm the deletions.</source>
        <translation>Vérifiez la corbeille ; choisissez ensuite « Synchroniser maintenant » pour confirmer les suppressions.</translation>
    </message>
    <message>
        <source>Choose Sync now to confirm.</source>
        <translation>Choisissez « Synchroniser maintenant » pour confirmer.</translation>
    </message>
    <message>
        <source>Check the account in Preferences › Sync, or set sync up again.</source>
        <translation>Vérifiez le compte dans Préférences › Synchronisation, ou configurez de nouveau la synchronisation.</translation>
    </message>
    <message>
        <source>Free some disk space; sync tries again by itself.</source>
        <translation>Libérez de l&apos;espace disque ; la synchronisation réessaie d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW and start it again.</source>
        <translation>Quittez MEMSHADOW et relancez-le.</translation>
    </message>
    <message>
        <source>Sync tries again by itself.</source>
        <translation>La synchronisation réessaie d&apos;elle-même.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Choisir quoi garder</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with your other devices</source>
        <translation>Synchroniser avec vos autres appareils</translation>
    </message>
    <message>
        <source>Join the account of your other devices, create one on your own sync server, or skip this and set it up later in Preferences.</source>
        <translation>Rejoignez le compte de vos autres appareils, créez-en un sur votre propre serveur de synchronisation, ou passez cette étape et configurez-la plus tard dans les Préférences.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Set up. First sync…</source>
        <translation>Configuré. Première synchronisation…</translation>
    </message>
    <message>
        <source>The first sync failed: {0} It goes on once the app runs.</source>
        <translation>La première synchronisation a échoué : {0} Elle reprend quand l&apos;application tourne.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln memory(ies) on this device.</source>
        <translation>
            <numerusform>Synchronisé : %Ln souvenir sur cet appareil.</numerusform>
            <numerusform>Synchronisé : %Ln souvenirs sur cet appareil.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sync: {0} of %Ln change(s) received</source>
        <translation>
            <numerusform>Première synchronisation : {0} sur %Ln modification reçue</numerusform>
            <numerusform>Première synchronisation : {0} sur %Ln modifications reçues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupForm</name>
    <message>
        <source>Join an existing sync account</source>
        <translation>Rejoindre un compte de synchronisation existant</translation>
    </message>
    <message>
        <source>Create a new sync account (first device)</source>
        <translation>Créer un nouveau compte de synchronisation (premier appareil)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Compte :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>from the server&apos;s owner: memshadow-server invite</source>
        <translation>du propriétaire du serveur : memshadow-server invite</translation>
    </message>
    <message>
        <source>&amp;Invite code:</source>
        <translation>Code d&apos;&amp;invitation :</translation>
    </message>
    <message>
        <source>This &amp;device:</source>
        <translation>Cet &amp;appareil :</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Join Account</source>
        <translation>Rejoindre le compte</translation>
    </message>
    <message>
        <source>The passphrase encrypts your memories before they leave this device; the server never sees it. Every device of the account needs it. It cannot be recovered: keep it somewhere safe.</source>
        <translation>La phrase secrète chiffre vos souvenirs avant qu&apos;ils ne quittent cet appareil ; le serveur ne la voit jamais. Chaque appareil du compte en a besoin. Elle ne peut pas être récupérée : gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>Use the server, account and passphrase you chose on your first device. This device&apos;s memories join the account&apos;s.</source>
        <translation>Utilisez le serveur, le compte et la phrase secrète choisis sur votre premier appareil. Les souvenirs de cet appareil rejoignent ceux du compte.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>Saisissez l&apos;adresse du serveur, commençant par https://</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>Saisissez le nom du compte.</translation>
    </message>
    <message>
        <source>Enter the sync passphrase.</source>
        <translation>Saisissez la phrase secrète de synchronisation.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Give this device a name (for your other devices to show).</source>
        <translation>Donnez un nom à cet appareil (affiché sur vos autres appareils).</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configuration…</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>Un autre compte</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Join this one and send every memory to it?</source>
        <translation>Ce coffre a déjà été synchronisé avec un autre compte. Rejoindre celui-ci et y envoyer chaque souvenir ?</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync keeps your devices in step through a server you run yourself. Everything is encrypted on this device first: the server never sees a memory or the passphrase.</source>
        <translation>La synchronisation garde vos appareils à jour via un serveur que vous gérez vous-même. Tout est d&apos;abord chiffré sur cet appareil : le serveur ne voit jamais un souvenir ni la phrase secrète.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte :</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Cet appareil :</translation>
    </message>
    <message>
        <source>Waiting to go out:</source>
        <translation>En attente d&apos;envoi :</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflits :</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Sign Out of Sync…</source>
        <translation>Se déconnecter de la synchronisation…</translation>
    </message>
    <message>
        <source>Signing out stops sync on this device; every memory stays in this vault. You can set sync up again at any time.</source>
        <translation>La déconnexion arrête la synchronisation sur cet appareil ; chaque souvenir reste dans ce coffre. Vous pouvez reconfigurer la synchronisation à tout moment.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Reprendre la synchronisation</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Mettre la synchronisation en pause</translation>
    </message>
    <message>
        <source>Sign out of sync</source>
        <translation>Se déconnecter de la synchronisation</translation>
    </message>
    <message>
        <source>This device leaves the sync account: it stops sending and receiving changes, and the server forgets its access. Every memory stays in this vault. Sign out?</source>
        <translation>Cet appareil quitte le compte de synchronisation : il cesse d&apos;envoyer et de recevoir des modifications, et le serveur oublie son accès. Chaque souvenir reste dans ce coffre. Se déconnecter ?</translation>
    </message>
</context>
<context>
    <name>TagSuggestions</name>
    <message>
        <source>Suggested:</source>
        <translation>Suggestions :</translation>
    </message>
    <message>
        <source>+ {0}  {1}%</source>
        <translation>+ {0}  {1} %</translation>
    </message>
    <message numerus="yes">
        <source>Add the tag “{0}” ({1}% confident; %Ln memory(ies) of the vault carry it)</source>
        <translation>
            <numerusform>Ajouter l&apos;étiquette « {0} » (confiance {1} % ; %Ln souvenir du coffre la porte)</numerusform>
            <numerusform>Ajouter l&apos;étiquette « {0} » (confiance {1} % ; %Ln souvenirs du coffre la portent)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Open MEMSHADOW</source>
        <translation>Ouvrir MEMSHADOW</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Mettre la synchronisation en pause</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Jusqu&apos;à demain</translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation>Jusqu&apos;à ce que je reprenne</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Reprendre la synchronisation</translation>
    </message>
    <message>
        <source>Lock Vault</source>
        <translation>Verrouiller le coffre</translation>
    </message>
    <message>
        <source>Unlock Vault…</source>
        <translation>Déverrouiller le coffre…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Préférences…</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW</source>
        <translation>Quitter MEMSHADOW</translation>
    </message>
    <message>
        <source>Resolve {0}…</source>
        <translation>Résoudre {0}…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Créer votre coffre</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Create your MEMSHADOW vault</source>
        <translation>Créer votre coffre MEMSHADOW</translation>
    </message>
    <message>
        <source>Unlock your MEMSHADOW vault</source>
        <translation>Déverrouiller votre coffre MEMSHADOW</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</source>
        <translation>Vos souvenirs sont chiffrés sur cet appareil. Rien n&apos;en sort non chiffré, et personne (pas même un serveur de synchronisation) ne peut les lire sans votre clé.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this vault.</source>
        <translation>Saisissez la phrase secrète qui protège ce coffre.</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Protéger la clé du coffre par une phrase secrète</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Garder la clé du coffre dans le trousseau du système ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Protection in use: passphrase (Argon2id).</source>
        <translation>Protection utilisée : phrase secrète (Argon2id).</translation>
    </message>
    <message>
        <source>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</source>
        <translation>La clé aléatoire du coffre est stockée dans votre trousseau système ; le coffre s&apos;ouvre à l&apos;ouverture de session. Vous pourrez passer à une phrase secrète plus tard.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>Aucun trousseau système n&apos;est disponible : la clé du coffre est donc protégée par votre phrase secrète (Argon2id). Une phrase secrète oubliée ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>La clé du coffre est protégée par votre phrase secrète (Argon2id). Une phrase secrète oubliée ne peut pas être récupérée.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>Créer votre coffre</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody, not even a sync server, can read them without your key.</source>
        <translation>Vos souvenirs sont chiffrés sur cet appareil. Rien n&apos;en sort non chiffré, et personne, pas même un serveur de synchronisation, ne peut les lire sans votre clé.</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>Créer le coffre</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Protéger la clé du coffre par une phrase secrète</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Garder la clé du coffre dans le trousseau du système ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractère.</numerusform>
            <numerusform>Choisissez une phrase secrète d&apos;au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <source>The random vault key goes to your system keyring: the vault opens when you log in. You can choose a passphrase instead later, in Preferences.</source>
        <translation>La clé aléatoire du coffre va dans votre trousseau système : le coffre s&apos;ouvre à l&apos;ouverture de session. Vous pourrez plus tard choisir une phrase secrète à la place, dans les Préférences.</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Une phrase secrète oubliée ne peut pas être récupérée : gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Vault: {0}</source>
        <translation>Coffre : {0}</translation>
    </message>
    <message>
        <source>Passphrase (Argon2id)</source>
        <translation>Phrase secrète (Argon2id)</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase</source>
        <translation>La clé du coffre est protégée par votre phrase secrète</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring</source>
        <translation>La clé du coffre est gardée dans le trousseau du système</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies)</source>
        <translation>
            <numerusform>%Ln souvenir</numerusform>
            <numerusform>%Ln souvenirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in trash</source>
        <translation>
            <numerusform>%Ln dans la corbeille</numerusform>
            <numerusform>%Ln dans la corbeille</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) in all</source>
        <translation>
            <numerusform>%Ln révision en tout</numerusform>
            <numerusform>%Ln révisions en tout</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Write a new memory (Ctrl+N)</source>
        <translation>Écrire un nouveau souvenir (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save a new revision (Ctrl+S)</source>
        <translation>Enregistrer une nouvelle révision (Ctrl+S)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mettre à la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Show or hide the history of the memory</source>
        <translation>Afficher ou masquer l&apos;historique du souvenir</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Importer un dossier…</translation>
    </message>
    <message>
        <source>Import the .md and .txt notes of a folder</source>
        <translation>Importer les notes .md et .txt d&apos;un dossier</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>Afficher la &amp;corbeille</translation>
    </message>
    <message>
        <source>&amp;Hardware Dashboard…</source>
        <translation>Tableau de bord &amp;matériel…</translation>
    </message>
    <message>
        <source>The system, the accelerators, the model in use and a benchmark</source>
        <translation>Le système, les accélérateurs, le modèle utilisé et une mesure de performance</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Envoyer et recevoir les modifications maintenant</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Résoudre les &amp;conflits…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Lock Vault</source>
        <translation>&amp;Verrouiller le coffre</translation>
    </message>
    <message>
        <source>Hide every memory until the vault is unlocked again</source>
        <translation>Masquer chaque souvenir jusqu&apos;au prochain déverrouillage du coffre</translation>
    </message>
    <message>
        <source>&amp;Quit MEMSHADOW</source>
        <translation>&amp;Quitter MEMSHADOW</translation>
    </message>
    <message>
        <source>&amp;About MEMSHADOW</source>
        <translation>À &amp;propos de MEMSHADOW</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>About MEMSHADOW</source>
        <translation>À propos de MEMSHADOW</translation>
    </message>
    <message>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Vos souvenirs, chiffrés sur cet appareil.</translation>
    </message>
</context>
</TS>
