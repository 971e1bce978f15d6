<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>App</name>
    <message>
        <source>invalid choice: {0} (choose from {1})</source>
        <translation>opción no válida: {0} (elija entre {1})</translation>
    </message>
    <message>
        <source>cannot write {0}</source>
        <translation>no se puede escribir {0}</translation>
    </message>
    <message>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
        <translation>MEMSHADOW ya se está ejecutando para esta bóveda pero no responde. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Sync stopped because many memories were deleted at once. Delete them on every device too? (They stay in each device&apos;s trash.)</source>
        <translation>La sincronización se detuvo porque se borraron muchos recuerdos a la vez. ¿Borrarlos también en todos los dispositivos? (Se quedan en la papelera de cada dispositivo.)</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation to go on. Go on?</source>
        <translation>La sincronización espera su confirmación para continuar. ¿Continuar?</translation>
    </message>
    <message>
        <source>Confirm sync</source>
        <translation>Confirmar sincronización</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this memory before locking?</source>
        <translation>¿Guardar los cambios de este recuerdo antes de bloquear?</translation>
    </message>
    <message>
        <source>MEMSHADOW is still running</source>
        <translation>MEMSHADOW sigue en ejecución</translation>
    </message>
    <message>
        <source>It keeps syncing in the background. Open it or quit it from its icon in the tray.</source>
        <translation>Sigue sincronizando en segundo plano. Ábralo o ciérrelo desde su icono en la bandeja.</translation>
    </message>
    <message>
        <source>MEMSHADOW</source>
        <translation>MEMSHADOW</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons without an extension, so MEMSHADOW quits when its window is closed, and sync stops with it. To keep it syncing in the background, install the “{0}” extension and start MEMSHADOW again.</source>
        <translation>GNOME no muestra iconos en la bandeja sin una extensión, así que MEMSHADOW se cierra al cerrar su ventana y la sincronización se detiene con él. Para que siga sincronizando en segundo plano, instale la extensión «{0}» y vuelva a iniciar MEMSHADOW.</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>{0} is not installed ({1}).</source>
        <translation>{0} no está instalado ({1}).</translation>
    </message>
    <message>
        <source>{0} is installed but does not work here.</source>
        <translation>{0} está instalado pero no funciona aquí.</translation>
    </message>
    <message>
        <source>{0} does not run {1} models.</source>
        <translation>{0} no ejecuta modelos {1}.</translation>
    </message>
    <message>
        <source>no GPU here: {0} runs on the CPU</source>
        <translation>no hay GPU aquí: {0} se ejecuta en la CPU</translation>
    </message>
    <message>
        <source>{0} could not run on {1}, so the CPU runs it</source>
        <translation>{0} no pudo ejecutarse en {1}, así que lo ejecuta la CPU</translation>
    </message>
    <message>
        <source>{0} on the CPU</source>
        <translation>{0} en la CPU</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <source>{0} on the CPU, as chosen</source>
        <translation>{0} en la CPU, según lo elegido</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Descargando {0}…</translation>
    </message>
    <message>
        <source>Unpacking {0}…</source>
        <translation>Descomprimiendo {0}…</translation>
    </message>
    <message>
        <source>Answered from your notes.</source>
        <translation>Respondido a partir de sus notas.</translation>
    </message>
    <message>
        <source>Not found in your notes.</source>
        <translation>No encontrado en sus notas.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>The vault holds no memories yet.</source>
        <translation>La bóveda aún no contiene recuerdos.</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>first words after {0:.1f} s, {1} tokens/s; {2} ({3} cached), {4} of {5} for notes</source>
        <translation>primeras palabras tras {0:.1f} s, {1} tokens/s; {2} ({3} en caché), {4} de {5} para notas</translation>
    </message>
</context>
<context>
    <name>AskPanel</name>
    <message>
        <source>Ask my memories</source>
        <translation>Preguntar a mis recuerdos</translation>
    </message>
    <message>
        <source>Ask a question about your notes…</source>
        <translation>Haga una pregunta sobre sus notas…</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Preguntar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Save as memory</source>
        <translation>Guardar como recuerdo</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>Revisando sus notas…</translation>
    </message>
    <message numerus="yes">
        <source>Answering from %n note(s)…</source>
        <translation>
            <numerusform>Respondiendo a partir de %n nota…</numerusform>
            <numerusform>Respondiendo a partir de %n notas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes do not seem to answer this.</source>
        <translation>Sus notas no parecen responder a esto.</translation>
    </message>
    <message>
        <source>No note was close enough to use.</source>
        <translation>Ninguna nota era lo bastante cercana para usarla.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>citada</translation>
    </message>
    <message>
        <source>Saved as a memory.</source>
        <translation>Guardado como recuerdo.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts — MEMSHADOW</source>
        <translation>Conflictos de sincronización — MEMSHADOW</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Recuerdo</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Automatic Merges</source>
        <translation>Combinaciones automáticas</translation>
    </message>
    <message>
        <source>These memories were changed on two devices at once. Both versions are kept until you choose. Resolve… shows both side by side and lets you pick, change by change; settling a conflict here settles it on every device.</source>
        <translation>Estos recuerdos se cambiaron en dos dispositivos a la vez. Ambas versiones se conservan hasta que usted elija. «Resolver…» las muestra una junto a otra y le deja elegir, cambio a cambio; un conflicto resuelto aquí queda resuelto en todos los dispositivos.</translation>
    </message>
    <message>
        <source>What collides</source>
        <translation>Qué está en conflicto</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mi versión</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La otra versión</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolver…</translation>
    </message>
    <message>
        <source>Open Memory</source>
        <translation>Abrir recuerdo</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Conservar ambas como recuerdos separados</translation>
    </message>
    <message>
        <source>The whole memory as that device has it, every change</source>
        <translation>El recuerdo completo tal como lo tiene ese dispositivo, con cada cambio</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>Combinado por</translation>
    </message>
    <message>
        <source>Undo This Merge</source>
        <translation>Deshacer esta combinación</translation>
    </message>
    <message>
        <source>edited here, deleted there</source>
        <translation>editado aquí, borrado allí</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message numerus="yes">
        <source>text (%n change(s))</source>
        <translation>
            <numerusform>texto (%n cambio)</numerusform>
            <numerusform>texto (%n cambios)</numerusform>
        </translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenido</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from {0}</source>
        <translation>
            <numerusform>%n línea de {0}</numerusform>
            <numerusform>%n líneas de {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>From {0}:</source>
        <translation>De {0}:</translation>
    </message>
    <message>
        <source>(only removed lines)</source>
        <translation>(solo líneas eliminadas)</translation>
    </message>
    <message>
        <source>Changed since the merge: restore a version from its history.</source>
        <translation>Cambiado desde la combinación: restaure una versión desde su historial.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message numerus="yes">
        <source>Memories merged without asking in the last %n day(s): two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</source>
        <translation>
            <numerusform>Recuerdos combinados sin preguntar en el último día: dos dispositivos cambiaron partes distintas y se conservaron ambos cambios. Deshacer restablece la versión de este dispositivo; la otra queda en el historial.</numerusform>
            <numerusform>Recuerdos combinados sin preguntar en los últimos %n días: dos dispositivos cambiaron partes distintas y se conservaron ambos cambios. Deshacer restablece la versión de este dispositivo; la otra queda en el historial.</numerusform>
        </translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>dispositivo {0}</translation>
    </message>
    <message>
        <source>Changed since: restore from its history instead</source>
        <translation>Cambiado desde entonces: restaure desde su historial</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step.</source>
        <translation>Sin conflictos: todo está al día.</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln cambio</numerusform>
            <numerusform>%Ln cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln conflicto</numerusform>
            <numerusform>%Ln conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) need you: choose what to keep</source>
        <translation>
            <numerusform>%Ln conflicto le necesita: elija qué conservar</numerusform>
            <numerusform>%Ln conflictos le necesitan: elija qué conservar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core(s)</source>
        <translation>
            <numerusform>%Ln núcleo</numerusform>
            <numerusform>%Ln núcleos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln hilo</numerusform>
            <numerusform>%Ln hilos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(over %Ln answer(s))</source>
        <translation>
            <numerusform>(en %Ln respuesta)</numerusform>
            <numerusform>(en %Ln respuestas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt token(s)</source>
        <translation>
            <numerusform>%Ln token de prompt</numerusform>
            <numerusform>%Ln tokens de prompt</numerusform>
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
            <numerusform>%Ln relacionada</numerusform>
            <numerusform>%Ln relacionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s)</source>
        <translation>
            <numerusform>%Ln vecina</numerusform>
            <numerusform>%Ln vecinas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>%Ln nueva</numerusform>
            <numerusform>%Ln nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln actualizada</numerusform>
            <numerusform>%Ln actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>%Ln omitida</numerusform>
            <numerusform>%Ln omitidas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>This device&apos;s name:</source>
        <translation>Nombre de este dispositivo:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revocar…</translation>
    </message>
    <message>
        <source>Revoking a device (a lost or sold one) stops it at once: the server refuses it, so it sends and receives nothing more. It cannot erase what that device already has: its vault stays on it, still encrypted with its own key. The account gets a new data key, so nothing written from now on opens with the keys it kept. Revoking needs the account passphrase; each device can only rename itself.</source>
        <translation>Revocar un dispositivo (perdido o vendido) lo detiene al instante: el servidor lo rechaza y ya no envía ni recibe nada. No se puede borrar lo que ese dispositivo ya tiene: su bóveda sigue en él, cifrada con su propia clave. La cuenta recibe una nueva clave de datos, de modo que nada de lo que se escriba a partir de ahora se abre con las claves que conservó. Revocar requiere la frase de contraseña de la cuenta; cada dispositivo solo puede cambiar su propio nombre.</translation>
    </message>
    <message>
        <source>The account passphrase:</source>
        <translation>La frase de contraseña de la cuenta:</translation>
    </message>
    <message>
        <source>Set up sync first: then your devices show here.</source>
        <translation>Configure primero la sincronización: entonces sus dispositivos aparecerán aquí.</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (este dispositivo)</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>online now</source>
        <translation>en línea ahora</translation>
    </message>
    <message>
        <source>Revoke {0}</source>
        <translation>Revocar {0}</translation>
    </message>
    <message>
        <source>Revoke “{0}”?</source>
        <translation>¿Revocar «{0}»?</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your vault is ready</source>
        <translation>Su bóveda está lista</translation>
    </message>
    <message>
        <source>All of this can be changed later, in Preferences.</source>
        <translation>Todo esto se puede cambiar más tarde en Preferencias.</translation>
    </message>
    <message>
        <source>Protection: the system keyring</source>
        <translation>Protección: el llavero del sistema</translation>
    </message>
    <message>
        <source>Protection: your passphrase</source>
        <translation>Protección: su frase de contraseña</translation>
    </message>
    <message>
        <source>Sync: account {0} on {1}</source>
        <translation>Sincronización: cuenta {0} en {1}</translation>
    </message>
    <message>
        <source>Sync: not set up (Preferences › Sync)</source>
        <translation>Sincronización: sin configurar (Preferencias › Sincronización)</translation>
    </message>
    <message>
        <source>Memories: {0}</source>
        <translation>Recuerdos: {0}</translation>
    </message>
    <message>
        <source>Search by meaning: {0}</source>
        <translation>Búsqueda por significado: {0}</translation>
    </message>
    <message>
        <source>Search: by words (get a model in Preferences › Search)</source>
        <translation>Búsqueda: por palabras (obtenga un modelo en Preferencias › Búsqueda)</translation>
    </message>
</context>
<context>
    <name>EdgePlan</name>
    <message>
        <source>Minimal</source>
        <translation>Mínimo</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ligero</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Rendimiento</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítica</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>{0} MB of RAM</source>
        <translation>{0} MB de RAM</translation>
    </message>
    <message>
        <source>chosen in the settings or by the agent</source>
        <translation>elegido en los ajustes o por el agente</translation>
    </message>
    <message>
        <source>chosen, though {0} MB of RAM suits {1}: it may run out of memory</source>
        <translation>elegido, aunque {0} MB de RAM corresponden a {1}: puede quedarse sin memoria</translation>
    </message>
    <message>
        <source>no embedding model installed</source>
        <translation>ningún modelo de embeddings instalado</translation>
    </message>
    <message>
        <source>no validated model variant fits in {0} MB</source>
        <translation>ninguna variante validada del modelo cabe en {0} MB</translation>
    </message>
    <message>
        <source>the {0} variant ({1} MB) fits</source>
        <translation>la variante {0} ({1} MB) cabe</translation>
    </message>
    <message>
        <source>{0} instead of {1}: this profile allows {2}</source>
        <translation>{0} en lugar de {1}: este perfil permite {2}</translation>
    </message>
    <message>
        <source>the model&apos;s validated choice</source>
        <translation>la opción validada del modelo</translation>
    </message>
    <message>
        <source>the model offers no validated variant this profile allows</source>
        <translation>el modelo no ofrece ninguna variante validada que este perfil permita</translation>
    </message>
    <message>
        <source>it ran a real session here</source>
        <translation>ejecutó una sesión real aquí</translation>
    </message>
    <message>
        <source>no usable accelerator</source>
        <translation>ningún acelerador utilizable</translation>
    </message>
    <message>
        <source>{0} is usable, but this profile keeps inference on the CPU</source>
        <translation>{0} se puede usar, pero este perfil mantiene la inferencia en la CPU</translation>
    </message>
    <message>
        <source>no local embedding</source>
        <translation>sin embeddings locales</translation>
    </message>
    <message>
        <source>{0} is not installed</source>
        <translation>{0} no está instalado</translation>
    </message>
    <message>
        <source>no generation model installed</source>
        <translation>ningún modelo de generación instalado</translation>
    </message>
    <message>
        <source>answers with {0}</source>
        <translation>responde con {0}</translation>
    </message>
    <message>
        <source>too small for local generation</source>
        <translation>demasiado pequeño para generar localmente</translation>
    </message>
    <message>
        <source>mains power and a normal network</source>
        <translation>corriente de red y una red normal</translation>
    </message>
    <message>
        <source>on battery: Normal and Low wait {0}× longer</source>
        <translation>con batería: Normal y Baja esperan {0}× más</translation>
    </message>
    <message>
        <source>battery saver: Normal and Low wait {0}× longer</source>
        <translation>ahorro de batería: Normal y Baja esperan {0}× más</translation>
    </message>
    <message>
        <source>metered network: only Critical and High changes are sent</source>
        <translation>red de uso medido: solo se envían los cambios Crítica y Alta</translation>
    </message>
    <message>
        <source>the settings wait for each deadline</source>
        <translation>los ajustes esperan a cada plazo</translation>
    </message>
    <message>
        <source>waits on battery below {0}%</source>
        <translation>espera con batería por debajo del {0} %</translation>
    </message>
    <message>
        <source>on battery at {0}%, below {1}%</source>
        <translation>batería al {0} %, por debajo del {1} %</translation>
    </message>
    <message>
        <source>nothing to index with</source>
        <translation>nada con qué indexar</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitido</translation>
    </message>
    <message>
        <source>not on a metered network</source>
        <translation>no en una red de uso medido</translation>
    </message>
    <message>
        <source>{0} MB free, {1} MB needed</source>
        <translation>{0} MB libres, {1} MB necesarios</translation>
    </message>
    <message>
        <source>at most {0}% of the RAM</source>
        <translation>como máximo el {0} % de la RAM</translation>
    </message>
    <message>
        <source>what the agent stays under</source>
        <translation>lo que el agente no supera</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(sin descripción: {0})</translation>
    </message>
    <message>
        <source>held</source>
        <translation>retenido</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>de inmediato</translation>
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
        <translation>precarga {0} y {1}</translation>
    </message>
    <message>
        <source>no prefetch</source>
        <translation>sin precarga</translation>
    </message>
    <message>
        <source>meaning and words, {0}</source>
        <translation>significado y palabras, {0}</translation>
    </message>
    <message>
        <source>words only</source>
        <translation>solo palabras</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>en marcha</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>L1 {0} MB in memory, {1}; L2 the encrypted vault</source>
        <translation>L1 {0} MB en memoria, {1}; L2 la bóveda cifrada</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>This device&apos;s plan</source>
        <translation>Plan de este dispositivo</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cálculo</translation>
    </message>
    <message>
        <source>Sync deadlines</source>
        <translation>Plazos de sincronización</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>Indexación</translation>
    </message>
    <message>
        <source>Model downloads</source>
        <translation>Descargas de modelos</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source>Memory ceiling</source>
        <translation>Límite de memoria</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Sondeando…</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>etiquetas, separadas, por, comas</translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation>Escriba en Markdown…</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>Restaurar de la papelera</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New memory, not saved yet</source>
        <translation>Recuerdo nuevo, aún sin guardar</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Actualizado {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>creado {0}</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>desde {0}</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>En la papelera</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Cambios sin guardar</translation>
    </message>
    <message>
        <source>Read-only while in the trash</source>
        <translation>Solo lectura mientras está en la papelera</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A memory needs a title or some text.</source>
        <translation>Un recuerdo necesita un título o algo de texto.</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be kept.</source>
        <translation>El texto contiene caracteres que no se pueden guardar.</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>Elija una frase de contraseña para la bóveda.</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {minimum} characters.</source>
        <translation>La frase de contraseña es demasiado corta: al menos {minimum} caracteres.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {why}</source>
        <translation>No se puede leer el archivo de frase de contraseña {path}: {why}</translation>
    </message>
    <message>
        <source>No passphrase given: set {env} or use --passphrase-file.</source>
        <translation>No se dio ninguna frase de contraseña: defina {env} o use --passphrase-file.</translation>
    </message>
    <message>
        <source>The system keyring refused to give the vault key.</source>
        <translation>El llavero del sistema se negó a dar la clave de la bóveda.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the vault key cannot be read.</source>
        <translation>El llavero del sistema no está disponible, así que no se puede leer la clave de la bóveda.</translation>
    </message>
    <message>
        <source>The vault key is not in the system keyring.</source>
        <translation>La clave de la bóveda no está en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>La bóveda está bloqueada. Desbloquéela para continuar.</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>Un dispositivo necesita un nombre.</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Joining this one sends every memory to it; confirm to go on.</source>
        <translation>Esta bóveda se sincronizó antes con otra cuenta. Unirse a esta le envía cada recuerdo; confirme para continuar.</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories at once. Check the trash, then confirm with Sync now in the Sync preferences.</source>
        <translation>La sincronización se detuvo antes de borrar muchos recuerdos a la vez. Revise la papelera y confirme con «Sincronizar ahora» en las preferencias de sincronización.</translation>
    </message>
    <message>
        <source>The sync server holds nothing of this account any more. Confirm to upload this vault to it again.</source>
        <translation>El servidor de sincronización ya no tiene nada de esta cuenta. Confirme para volver a subir esta bóveda.</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>Este conflicto ya está resuelto.</translation>
    </message>
    <message>
        <source>There is no merged text to keep.</source>
        <translation>No hay texto combinado que conservar.</translation>
    </message>
    <message>
        <source>That is not a way to resolve it.</source>
        <translation>Esa no es una forma de resolverlo.</translation>
    </message>
    <message>
        <source>This memory changed in the meantime, so nothing was written. Reload and choose again.</source>
        <translation>Este recuerdo cambió mientras tanto, así que no se escribió nada. Recargue y vuelva a elegir.</translation>
    </message>
    <message>
        <source>Some conflicting changes have no choice yet.</source>
        <translation>Algunos cambios en conflicto aún no tienen elección.</translation>
    </message>
    <message>
        <source>This conflict has no such change.</source>
        <translation>Este conflicto no tiene ese cambio.</translation>
    </message>
    <message>
        <source>That is not a way to settle a change.</source>
        <translation>Esa no es una forma de resolver un cambio.</translation>
    </message>
    <message>
        <source>Give at least six characters of the id.</source>
        <translation>Indique al menos seis caracteres del identificador.</translation>
    </message>
    <message>
        <source>More than one item starts with that id: give more of it.</source>
        <translation>Más de un elemento empieza por ese identificador: indique más caracteres.</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is missing ({path}). Nothing was changed.</source>
        <translation>Falta el archivo de cabecera de la bóveda ({path}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is missing ({path}). Nothing was changed.</source>
        <translation>Falta la base de datos de la bóveda ({path}). No se cambió nada.</translation>
    </message>
    <message>
        <source>The vault&apos;s header belongs to another vault. Nothing was changed.</source>
        <translation>La cabecera de la bóveda pertenece a otra bóveda. No se cambió nada.</translation>
    </message>
    <message>
        <source>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</source>
        <translation>Esta bóveda la creó un MEMSHADOW más reciente (formato {found}; este lee hasta {known}). Actualice MEMSHADOW para abrirla.</translation>
    </message>
    <message>
        <source>No embedding model is installed, so search by meaning is off.</source>
        <translation>No hay ningún modelo de embeddings instalado, así que la búsqueda por significado está desactivada.</translation>
    </message>
    <message>
        <source>The stored search index does not fit the model in use; it will be rebuilt.</source>
        <translation>El índice de búsqueda guardado no corresponde al modelo en uso; se reconstruirá.</translation>
    </message>
    <message>
        <source>The embedding model cannot be loaded.</source>
        <translation>No se puede cargar el modelo de embeddings.</translation>
    </message>
    <message>
        <source>No accelerator or CPU could run the embedding model.</source>
        <translation>Ningún acelerador ni CPU pudo ejecutar el modelo de embeddings.</translation>
    </message>
    <message>
        <source>The embedding model failed on this text.</source>
        <translation>El modelo de embeddings falló con este texto.</translation>
    </message>
    <message>
        <source>No generation model is installed: download one or import a GGUF file.</source>
        <translation>No hay ningún modelo de generación instalado: descargue uno o importe un archivo GGUF.</translation>
    </message>
    <message>
        <source>The library that runs this generation model ({backend}) is not installed.</source>
        <translation>La biblioteca que ejecuta este modelo de generación ({backend}) no está instalada.</translation>
    </message>
    <message>
        <source>The generation model cannot be loaded.</source>
        <translation>No se puede cargar el modelo de generación.</translation>
    </message>
    <message>
        <source>The generation model stopped with an error.</source>
        <translation>El modelo de generación se detuvo con un error.</translation>
    </message>
    <message>
        <source>This is neither a GGUF model file nor an ONNX GenAI model folder.</source>
        <translation>No es un archivo de modelo GGUF ni una carpeta de modelo ONNX GenAI.</translation>
    </message>
    <message>
        <source>A generation model of that name is already installed.</source>
        <translation>Ya hay instalado un modelo de generación con ese nombre.</translation>
    </message>
    <message>
        <source>This catalogue model has no pinned checksum, so it is not downloaded.</source>
        <translation>Este modelo del catálogo no tiene una suma de comprobación fijada, así que no se descarga.</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>La pregunta está vacía.</translation>
    </message>
    <message>
        <source>The question is too long: at most {limit} characters.</source>
        <translation>La pregunta es demasiado larga: como máximo {limit} caracteres.</translation>
    </message>
    <message>
        <source>There is no answer to save yet.</source>
        <translation>Aún no hay respuesta que guardar.</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation>Esa frase de contraseña no desbloquea esta bóveda. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The vault is locked: its key is not available.</source>
        <translation>La bóveda está bloqueada: su clave no está disponible.</translation>
    </message>
    <message>
        <source>There is no vault at {detail}.</source>
        <translation>No hay ninguna bóveda en {detail}.</translation>
    </message>
    <message>
        <source>A vault already exists at {detail}.</source>
        <translation>Ya existe una bóveda en {detail}.</translation>
    </message>
    <message>
        <source>The vault header is damaged. Nothing was changed.</source>
        <translation>La cabecera de la bóveda está dañada. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a MEMSHADOW vault, or the key does not open it.</source>
        <translation>No es una bóveda de MEMSHADOW, o la clave no la abre.</translation>
    </message>
    <message>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation>La bóveda está ocupada por otro proceso de MEMSHADOW. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>MEMSHADOW already runs for this vault (process {pid}).</source>
        <translation>MEMSHADOW ya se ejecuta para esta bóveda (proceso {pid}).</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>No encontrado: {detail}</translation>
    </message>
    <message>
        <source>This was not accepted.</source>
        <translation>Esto no se aceptó.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>El disco está lleno. No se perdió nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing saved was lost.</source>
        <translation>No se pudo leer ni escribir la bóveda. No se perdió nada de lo guardado.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation>No se puede contactar con el servidor de sincronización.</translation>
    </message>
    <message>
        <source>Stopped. What was done is kept.</source>
        <translation>Detenido. Lo hecho se conserva.</translation>
    </message>
    <message>
        <source>That sync passphrase does not open this account.</source>
        <translation>Esa frase de contraseña de sincronización no abre esta cuenta.</translation>
    </message>
    <message>
        <source>That account exists already: join it instead of creating it.</source>
        <translation>Esa cuenta ya existe: únase a ella en lugar de crearla.</translation>
    </message>
    <message>
        <source>This device was removed from the sync account.</source>
        <translation>Este dispositivo se quitó de la cuenta de sincronización.</translation>
    </message>
    <message>
        <source>Sync is not set up on this device.</source>
        <translation>La sincronización no está configurada en este dispositivo.</translation>
    </message>
    <message>
        <source>This server takes new accounts only with an invite code from its owner, or not at all.</source>
        <translation>Este servidor solo acepta cuentas nuevas con un código de invitación de su propietario, o ninguna.</translation>
    </message>
    <message>
        <source>This account&apos;s room on the sync server is full. Nothing was lost here; the changes wait until the server&apos;s owner makes room.</source>
        <translation>El espacio de esta cuenta en el servidor de sincronización está lleno. Aquí no se perdió nada; los cambios esperan a que el propietario del servidor libere espacio.</translation>
    </message>
    <message>
        <source>Sync needs an https:// server address (plain http:// only to this computer).</source>
        <translation>La sincronización necesita una dirección de servidor https:// (http:// simple solo hacia este equipo).</translation>
    </message>
    <message>
        <source>The sync account does not know this device any more: set up sync again.</source>
        <translation>La cuenta de sincronización ya no conoce este dispositivo: vuelva a configurar la sincronización.</translation>
    </message>
    <message>
        <source>The sync server did not accept this device&apos;s login: set up sync again.</source>
        <translation>El servidor de sincronización no aceptó el inicio de sesión de este dispositivo: vuelva a configurar la sincronización.</translation>
    </message>
    <message>
        <source>The sync server sent something this version cannot read. Nothing was applied.</source>
        <translation>El servidor de sincronización envió algo que esta versión no puede leer. No se aplicó nada.</translation>
    </message>
    <message>
        <source>This changed meanwhile somewhere else. Look at it again and retry.</source>
        <translation>Esto cambió mientras tanto en otro lugar. Revíselo de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Sync waits for you to confirm what it is about to do.</source>
        <translation>La sincronización espera a que confirme lo que va a hacer.</translation>
    </message>
    <message>
        <source>The sync server refused the request.</source>
        <translation>El servidor de sincronización rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The sync server refused a change.</source>
        <translation>El servidor de sincronización rechazó un cambio.</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>La sincronización falló.</translation>
    </message>
    <message>
        <source>Search by meaning failed.</source>
        <translation>La búsqueda por significado falló.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Algo salió mal: {0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}).</source>
        <translation>Algo salió mal ({0}).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to MEMSHADOW</source>
        <translation>Bienvenido a MEMSHADOW</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Start MEMSHADOW when I log in</source>
        <translation>Iniciar MEMSHADOW al iniciar sesión</translation>
    </message>
    <message>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation>Seguir sincronizando en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing the window quits MEMSHADOW (and sync stops with it).</source>
        <translation>Este escritorio no muestra iconos en la bandeja, así que cerrar la ventana cierra MEMSHADOW (y la sincronización se detiene con él).</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language shows when MEMSHADOW starts again.</source>
        <translation>Un idioma nuevo se muestra al volver a iniciar MEMSHADOW.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Tell me about sync conflicts, sync problems and a removed device</source>
        <translation>Avisarme de conflictos y problemas de sincronización y de un dispositivo quitado</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>Sin posponer</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>Posponer 1 hora</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>Posponer hasta mañana</translation>
    </message>
    <message>
        <source>Notifications never show what a memory says, not even its title.</source>
        <translation>Las notificaciones nunca muestran lo que dice un recuerdo, ni siquiera su título.</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>Escrito en {0}</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>Pospuesto hasta {0}</translation>
    </message>
</context>
<context>
    <name>GenerationSection</name>
    <message>
        <source>Generation (Ask)</source>
        <translation>Generación (Preguntar)</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{0}; devices: {1}</source>
        <translation>{0}; dispositivos: {1}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instalado</translation>
    </message>
    <message>
        <source>Model {0} on {1}</source>
        <translation>Modelo {0} en {1}</translation>
    </message>
    <message>
        <source>{0} tokens/s generating, {1} tokens/s reading the prompt {2}</source>
        <translation>{0} tokens/s generando, {1} tokens/s leyendo el prompt {2}</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>Aún no se midió ninguna respuesta.</translation>
    </message>
    <message>
        <source>No generation model is installed.</source>
        <translation>No hay ningún modelo de generación instalado.</translation>
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
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>Funciones de la CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria RAM</translation>
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
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>Live statistics</source>
        <translation>Estadísticas en vivo</translation>
    </message>
    <message>
        <source>Inferences</source>
        <translation>Inferencias</translation>
    </message>
    <message>
        <source>Texts embedded</source>
        <translation>Textos vectorizados</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>Latencia media</translation>
    </message>
    <message>
        <source>Items per second</source>
        <translation>Elementos por segundo</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>Proveedores de ejecución</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>Utilizable</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En uso</translation>
    </message>
    <message>
        <source>Items/s</source>
        <translation>Elementos/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>Por qué no</translation>
    </message>
    <message>
        <source>Model and precision</source>
        <translation>Modelo y precisión</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Accuracy vs FP32</source>
        <translation>Fidelidad a FP32</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Use this precision</source>
        <translation>Usar esta precisión</translation>
    </message>
    <message>
        <source>Search switches to it; the vault is embedded again in the background</source>
        <translation>La búsqueda pasa a usarla; la bóveda se vuelve a vectorizar en segundo plano</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>Prueba de rendimiento</translation>
    </message>
    <message>
        <source>Benchmark this machine</source>
        <translation>Medir este equipo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Measures how fast the model in use embeds notes and answers a query here.</source>
        <translation>Mide lo rápido que el modelo en uso vectoriza notas y responde a una consulta aquí.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Get one in Preferences › Search (a download, or a folder you have) to search by meaning.</source>
        <translation>&lt;b&gt;No hay ningún modelo de embeddings instalado.&lt;/b&gt; Obtenga uno en Preferencias › Búsqueda (una descarga o una carpeta que tenga) para buscar por significado.</translation>
    </message>
    <message>
        <source>{0}, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</source>
        <translation>{0}, {1} pendientes; los vectores ocupan {2}. El motor aún no informa de sus propios contadores; la latencia y la velocidad vienen de la prueba de rendimiento.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies) indexed</source>
        <translation>
            <numerusform>%Ln recuerdo indexado</numerusform>
            <numerusform>%Ln recuerdos indexados</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}{1} notes per second over {2}; one query embeds in {3} (p50), {4} (p95).</source>
        <translation>{0}{1} notas por segundo en {2}; una consulta se vectoriza en {3} (p50), {4} (p95).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln probe text(s)</source>
        <translation>
            <numerusform>%Ln texto de prueba</numerusform>
            <numerusform>%Ln textos de prueba</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{0} total, {1} available</source>
        <translation>{0} en total, {1} disponibles</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>ninguno detectado</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>modelo desconocido</translation>
    </message>
    <message>
        <source>on battery, {0}%</source>
        <translation>con batería, {0} %</translation>
    </message>
    <message>
        <source>mains power</source>
        <translation>red eléctrica</translation>
    </message>
    <message>
        <source>, battery {0}%</source>
        <translation>, batería {0} %</translation>
    </message>
    <message>
        <source>unknown (no power sensor readable)</source>
        <translation>desconocido (ningún sensor de energía legible)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>sin informar</translation>
    </message>
    <message>
        <source>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>En uso: &lt;b&gt;{0}&lt;/b&gt; · proveedor &lt;b&gt;{1}&lt;/b&gt; · precisión &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Alternativa: {0}</translation>
    </message>
    <message>
        <source>min {0} · mean {1}</source>
        <translation>mín {0} · media {1}</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ofrecida</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>no ofrecida</translation>
    </message>
    <message>
        <source>The engine has not reported precision variants for this model.</source>
        <translation>El motor no ha informado variantes de precisión para este modelo.</translation>
    </message>
    <message>
        <source>A variant is offered only when it matches FP32 on the probe set.</source>
        <translation>Una variante solo se ofrece si coincide con FP32 en el conjunto de prueba.</translation>
    </message>
    <message>
        <source>Install a model first</source>
        <translation>Instale primero un modelo</translation>
    </message>
    <message>
        <source>Nothing to recommend: this machine is used as well as it can be.</source>
        <translation>Nada que recomendar: este equipo se aprovecha al máximo.</translation>
    </message>
    <message>
        <source>No model: nothing is embedded.</source>
        <translation>Sin modelo: no se vectoriza nada.</translation>
    </message>
    <message>
        <source>texts embedded per second</source>
        <translation>textos vectorizados por segundo</translation>
    </message>
    <message>
        <source>p50 {0} · p95 {1} (engine statistics since start)</source>
        <translation>p50 {0} · p95 {1} (estadísticas del motor desde el inicio)</translation>
    </message>
    <message>
        <source>memories indexed per second</source>
        <translation>recuerdos indexados por segundo</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Select a revision to see its text.</source>
        <translation>Seleccione una revisión para ver su texto.</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Restaurar esta versión</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>moved to trash</source>
        <translation>movido a la papelera</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restaurado</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>combinado</translation>
    </message>
    <message>
        <source>conflicting edits, both kept</source>
        <translation>ediciones en conflicto, ambas conservadas</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>conflicto resuelto</translation>
    </message>
    <message>
        <source>automatic merge undone</source>
        <translation>combinación automática deshecha</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  (actual)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revisión</numerusform>
            <numerusform>%Ln revisiones</numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation>este dispositivo</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>dispositivo {0}</translation>
    </message>
    <message>
        <source>this device ({0})</source>
        <translation>este dispositivo ({0})</translation>
    </message>
    <message>
        <source>Revision {0}
Device: {1}</source>
        <translation>Revisión {0}
Dispositivo: {1}</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nada seleccionado.</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Título: {0}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>en la papelera</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Bring in your notes</source>
        <translation>Traiga sus notas</translation>
    </message>
    <message>
        <source>Import a folder of Markdown or text notes (sub-folders too), or skip this: you can import more at any time from the File menu.</source>
        <translation>Importe una carpeta de notas Markdown o de texto (también subcarpetas), u omita este paso: puede importar más en cualquier momento desde el menú Archivo.</translation>
    </message>
    <message>
        <source>Choose a Folder…</source>
        <translation>Elegir una carpeta…</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Importar notas de una carpeta</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}.</source>
        <translation>Importado {0}: {1}, {2}.</translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <source>Loading the search index…</source>
        <translation>Cargando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Search by meaning is unavailable</source>
        <translation>La búsqueda por significado no está disponible</translation>
    </message>
    <message>
        <source>Search: full text</source>
        <translation>Búsqueda: texto completo</translation>
    </message>
    <message>
        <source>Get an embedding model in Preferences › Search to search by meaning</source>
        <translation>Obtenga un modelo de embeddings en Preferencias › Búsqueda para buscar por significado</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>Sin modelo de embeddings</translation>
    </message>
    <message>
        <source>Updating the embedding model…</source>
        <translation>Actualizando el modelo de embeddings…</translation>
    </message>
    <message numerus="yes">
        <source>Search by meaning: %Ln indexed</source>
        <translation>
            <numerusform>Búsqueda por significado: %Ln indexado</numerusform>
            <numerusform>Búsqueda por significado: %Ln indexados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused: %Ln to go</source>
        <translation>
            <numerusform>Indexación en pausa: falta %Ln</numerusform>
            <numerusform>Indexación en pausa: faltan %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing: %Ln to go</source>
        <translation>
            <numerusform>Indexando: falta %Ln</numerusform>
            <numerusform>Indexando: faltan %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Every memory is indexed for search by meaning</source>
        <translation>Cada recuerdo está indexado para la búsqueda por significado</translation>
    </message>
    <message>
        <source>Paused: {0}</source>
        <translation>En pausa: {0}</translation>
    </message>
    <message>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation>Los recuerdos se vectorizan en segundo plano para la búsqueda por significado</translation>
    </message>
    <message>
        <source>Embedding model: {0}</source>
        <translation>Modelo de embeddings: {0}</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>Alternativa: {0}</translation>
    </message>
    <message>
        <source>Search: locked</source>
        <translation>Búsqueda: bloqueada</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <source>Your vault is locked</source>
        <translation>Su bóveda está bloqueada</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Nothing of it stays decrypted in memory. Sync waits: changes from your other devices arrive once you unlock.</source>
        <translation>Nada de ella queda descifrado en memoria. La sincronización espera: los cambios de sus otros dispositivos llegan al desbloquear.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
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
        <translation>Papelera ({0})</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Memories ({0})</source>
        <translation>Recuerdos ({0})</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>New memory</source>
        <translation>Nuevo recuerdo</translation>
    </message>
    <message>
        <source>{0}[*] — MEMSHADOW</source>
        <translation>{0}[*] — MEMSHADOW</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the changes to this memory?</source>
        <translation>¿Descartar los cambios de este recuerdo?</translation>
    </message>
    <message>
        <source>MEMSHADOW — locked</source>
        <translation>MEMSHADOW — bloqueado</translation>
    </message>
    <message>
        <source>Saved a new memory</source>
        <translation>Nuevo recuerdo guardado</translation>
    </message>
    <message>
        <source>Saved a new revision</source>
        <translation>Nueva revisión guardada</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash</source>
        <translation>«{0}» movido a la papelera</translation>
    </message>
    <message>
        <source>Restored “{0}” from the trash</source>
        <translation>«{0}» restaurado de la papelera</translation>
    </message>
    <message>
        <source>Restored an earlier version as a new revision</source>
        <translation>Versión anterior restaurada como nueva revisión</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>Importar notas de una carpeta</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}, {3}, {4}</source>
        <translation>Importado {0}: {1}, {2}, {3}, {4}</translation>
    </message>
    <message>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation>Este recuerdo tiene cambios sin guardar. ¿Cerrar de todos modos y perderlos?</translation>
    </message>
    <message>
        <source>Ask my memories…</source>
        <translation>Preguntar a mis recuerdos…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Preguntar</translation>
    </message>
</context>
<context>
    <name>MeaningLoader</name>
    <message>
        <source>Get an embedding model (Preferences › Search) to see memories related in meaning.</source>
        <translation>Obtenga un modelo de embeddings (Preferencias › Búsqueda) para ver recuerdos de significado parecido.</translation>
    </message>
    <message>
        <source>Related memories appear once the vault is indexed.</source>
        <translation>Los recuerdos relacionados aparecen cuando la bóveda está indexada.</translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <source>meaning {0}</source>
        <translation>significado {0}</translation>
    </message>
    <message>
        <source>words {0}</source>
        <translation>palabras {0}</translation>
    </message>
    <message>
        <source>Search memories</source>
        <translation>Buscar recuerdos</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>Recuerdos</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Search disabled in the trash</source>
        <translation>Búsqueda desactivada en la papelera</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>No memory matches “{0}”.</source>
        <translation>Ningún recuerdo coincide con «{0}».</translation>
    </message>
    <message>
        <source>No memories yet. Press New to write one.</source>
        <translation>Aún no hay recuerdos. Pulse Nuevo para escribir uno.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>híbrida</translation>
    </message>
    <message>
        <source>by meaning</source>
        <translation>por significado</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>texto completo</translation>
    </message>
    <message>
        <source>Hybrid search: ranked by meaning, with a boost for the words you typed</source>
        <translation>Búsqueda híbrida: ordenada por significado, con ventaja para las palabras escritas</translation>
    </message>
    <message>
        <source>Search by meaning only</source>
        <translation>Buscar solo por significado</translation>
    </message>
    <message>
        <source>Full-text search: memories that contain the words you typed</source>
        <translation>Búsqueda de texto completo: recuerdos que contienen las palabras escritas</translation>
    </message>
    <message>
        <source>Matching words only. Get an embedding model in Preferences › Search to search by meaning.</source>
        <translation>Solo palabras coincidentes. Obtenga un modelo de embeddings en Preferencias › Búsqueda para buscar por significado.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resolve a conflict — MEMSHADOW</source>
        <translation>Resolver un conflicto — MEMSHADOW</translation>
    </message>
    <message>
        <source>Show the common ancestor</source>
        <translation>Mostrar el ancestro común</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>Conservar ambas como recuerdos separados</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>Cambio en conflicto</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous conflicting change (Alt+Up)</source>
        <translation>Cambio en conflicto anterior (Alt+Arriba)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next conflicting change (Alt+Down)</source>
        <translation>Cambio en conflicto siguiente (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Edit by Hand</source>
        <translation>Editar a mano</translation>
    </message>
    <message>
        <source>Change this part in the result below</source>
        <translation>Cambiar esta parte en el resultado de abajo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Text (editable)</source>
        <translation>Texto (editable)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>Edited on one device and deleted on another.</source>
        <translation>Editado en un dispositivo y borrado en otro.</translation>
    </message>
    <message>
        <source>Both devices changed the same part.</source>
        <translation>Ambos dispositivos cambiaron la misma parte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} Changes that did not collide are already in the result; choose for each conflicting change below.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} Los cambios sin conflicto ya están en el resultado; elija abajo para cada cambio en conflicto.</translation>
    </message>
    <message>
        <source>Common ancestor — {0}</source>
        <translation>Ancestro común — {0}</translation>
    </message>
    <message>
        <source>Common ancestor — none (no shared version)</source>
        <translation>Ancestro común — ninguno (sin versión compartida)</translation>
    </message>
    <message>
        <source>Mine — {0}</source>
        <translation>Mi versión — {0}</translation>
    </message>
    <message>
        <source>Theirs — {0}</source>
        <translation>La otra versión — {0}</translation>
    </message>
    <message>
        <source>This memory changed while the dialog was open, so nothing was written. Reload to merge against the new version (your choices here are dropped).</source>
        <translation>Este recuerdo cambió mientras el diálogo estaba abierto, así que no se escribió nada. Recargue para combinar con la nueva versión (se descartan sus elecciones aquí).</translation>
    </message>
    <message>
        <source>No conflicting changes: finish to keep the result.</source>
        <translation>No hay cambios en conflicto: finalice para conservar el resultado.</translation>
    </message>
    <message>
        <source>Change {0} of {1}: {2}. Still to choose: {3}.</source>
        <translation>Cambio {0} de {1}: {2}. Por elegir: {3}.</translation>
    </message>
    <message>
        <source>Choose for every conflicting change first</source>
        <translation>Elija primero para cada cambio en conflicto</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>tag “{0}”</source>
        <translation>etiqueta «{0}»</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>borrado o conservado</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Keep Both, Mine First</source>
        <translation>Conservar ambas, la mía primero</translation>
    </message>
    <message>
        <source>Keep Both, Theirs First</source>
        <translation>Conservar ambas, la otra primero</translation>
    </message>
    <message>
        <source>Keep the Tag</source>
        <translation>Conservar la etiqueta</translation>
    </message>
    <message>
        <source>Remove the Tag</source>
        <translation>Quitar la etiqueta</translation>
    </message>
    <message>
        <source>Restore with the Edit</source>
        <translation>Restaurar con la edición</translation>
    </message>
    <message>
        <source>Keep Deleted</source>
        <translation>Dejar borrado</translation>
    </message>
    <message>
        <source>keeps the tag “{0}”</source>
        <translation>conserva la etiqueta «{0}»</translation>
    </message>
    <message>
        <source>removed the tag “{0}”</source>
        <translation>quitó la etiqueta «{0}»</translation>
    </message>
    <message>
        <source>moved it to the trash</source>
        <translation>lo movió a la papelera</translation>
    </message>
    <message>
        <source>edited it</source>
        <translation>lo editó</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>Etiquetas: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>removed on one device, kept on the other: {0} (kept unless you remove them)</source>
        <translation>quitadas en un dispositivo, conservadas en el otro: {0} (se conservan salvo que las quite)</translation>
    </message>
    <message>
        <source>the memory stays in the trash</source>
        <translation>el recuerdo se queda en la papelera</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>dispositivo {0}</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0} (este dispositivo)</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>Título: {0}</translation>
    </message>
    <message>
        <source>(moved to the trash)</source>
        <translation>(movido a la papelera)</translation>
    </message>
</context>
<context>
    <name>ModelGetter</name>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
    <message>
        <source>A sentence-transformers model folder, converted here (no PyTorch needed)</source>
        <translation>Una carpeta de modelo sentence-transformers, convertida aquí (sin PyTorch)</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>instalado</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Downloading: {0} of {1}</source>
        <translation>Descargando: {0} de {1}</translation>
    </message>
    <message>
        <source>A sentence-transformers folder</source>
        <translation>Una carpeta sentence-transformers</translation>
    </message>
    <message>
        <source>Download stopped. Download again to go on from where it stopped.</source>
        <translation>Descarga detenida. Vuelva a descargar para seguir donde se detuvo.</translation>
    </message>
    <message>
        <source>Installed {0}: search by meaning is on.</source>
        <translation>{0} instalado: la búsqueda por significado está activada.</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Search by meaning</source>
        <translation>Búsqueda por significado</translation>
    </message>
    <message>
        <source>A small model on this device finds notes by what they mean; nothing goes to the cloud. Download one (about 90 MB), import a folder, or skip.</source>
        <translation>Un modelo pequeño en este dispositivo encuentra notas por lo que significan; nada va a la nube. Descargue uno (unos 90 MB), importe una carpeta u omita este paso.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>on battery at {0}% (below {1}%)</source>
        <translation>con batería al {0} % (por debajo del {1} %)</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>(sin descripción: {0})</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} minimum cosine.</source>
        <translation>{0} es {1}× más rápido que FP32 aquí con un coseno mínimo de {2}.</translation>
    </message>
    <message>
        <source>{0} is {1}× slower than FP32 here at {2} minimum cosine.</source>
        <translation>{0} es {1}× más lento que FP32 aquí con un coseno mínimo de {2}.</translation>
    </message>
    <message>
        <source>Could not be built or loaded ({0}): {1}</source>
        <translation>No se pudo construir ni cargar ({0}): {1}</translation>
    </message>
    <message>
        <source>CoreML exists only on macOS; this is {0}.</source>
        <translation>CoreML solo existe en macOS; esto es {0}.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CoreML provider (install the official macOS wheel).</source>
        <translation>Este ONNX Runtime no tiene proveedor CoreML (instale la wheel oficial de macOS).</translation>
    </message>
    <message>
        <source>DirectML exists only on Windows (onnxruntime-directml); this is {0}.</source>
        <translation>DirectML solo existe en Windows (onnxruntime-directml); esto es {0}.</translation>
    </message>
    <message>
        <source>onnxruntime-directml is not installed (the plain wheel lacks DirectML).</source>
        <translation>onnxruntime-directml no está instalado (la wheel básica no incluye DirectML).</translation>
    </message>
    <message>
        <source>CUDA does not exist on macOS.</source>
        <translation>CUDA no existe en macOS.</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README).</source>
        <translation>Este ONNX Runtime no tiene proveedor CUDA: instale onnxruntime-gpu (vea el README).</translation>
    </message>
    <message>
        <source>Not part of the installed ONNX Runtime {0}.</source>
        <translation>No forma parte del ONNX Runtime {0} instalado.</translation>
    </message>
    <message>
        <source>TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries.</source>
        <translation>TensorRT necesita onnxruntime-gpu compilado con TensorRT y las bibliotecas de TensorRT.</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</source>
        <translation>Obtenga un modelo de embeddings para buscar por significado: Preferencias › Búsqueda (o &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>{0} is not installed. {1}</source>
        <translation>{0} no está instalado. {1}</translation>
    </message>
    <message>
        <source>{0} failed to start: {1}</source>
        <translation>{0} no pudo iniciarse: {1}</translation>
    </message>
    <message>
        <source>{0} is listed by the session but ran no part of a test run (ran: {1}).</source>
        <translation>{0} figura en la sesión pero no ejecutó ninguna parte de una prueba (ejecutados: {1}).</translation>
    </message>
    <message>
        <source>The session fell back to the CPU.</source>
        <translation>La sesión recurrió a la CPU.</translation>
    </message>
    <message>
        <source>Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling.</source>
        <translation>Formas fijas por tramos de longitud (16 a 256 tokens) evitan recompilar.</translation>
    </message>
    <message>
        <source>MLProgram format on every compute unit (Neural Engine, GPU, CPU).</source>
        <translation>Formato MLProgram en cada unidad de cálculo (Neural Engine, GPU, CPU).</translation>
    </message>
    <message>
        <source>Memory pattern off and sequential execution (DirectML requires both).</source>
        <translation>Patrón de memoria desactivado y ejecución secuencial (DirectML exige ambos).</translation>
    </message>
    <message>
        <source>The adapter is chosen with device_id.</source>
        <translation>El adaptador se elige con device_id.</translation>
    </message>
    <message>
        <source>device_id picks the GPU; gpu_mem_limit caps its memory.</source>
        <translation>device_id elige la GPU; gpu_mem_limit limita su memoria.</translation>
    </message>
    <message>
        <source>One thread per physical core ({0}).</source>
        <translation>Un hilo por núcleo físico ({0}).</translation>
    </message>
    <message>
        <source>Fused attention, LayerNorm and GELU; INT8 uses VNNI where present.</source>
        <translation>Attention, LayerNorm y GELU fusionados; INT8 usa VNNI si está disponible.</translation>
    </message>
    <message>
        <source>The only provider installed.</source>
        <translation>El único proveedor instalado.</translation>
    </message>
    <message>
        <source>The CPU, by default.</source>
        <translation>La CPU, por defecto.</translation>
    </message>
    <message>
        <source>The fastest measured here ({0} texts per second).</source>
        <translation>El más rápido medido aquí ({0} textos por segundo).</translation>
    </message>
    <message>
        <source>The only provider that works here.</source>
        <translation>El único proveedor que funciona aquí.</translation>
    </message>
    <message>
        <source>NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed.</source>
        <translation>No se pueden listar las GPU NVIDIA: nvidia-ml-py no está instalado.</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found ({0}).</source>
        <translation>No se encontró ningún controlador NVIDIA ({0}).</translation>
    </message>
    <message>
        <source>Asking the NVIDIA driver failed ({0}).</source>
        <translation>Falló la consulta al controlador NVIDIA ({0}).</translation>
    </message>
    <message>
        <source>No display adapter is visible on this system (no /sys/class/drm).</source>
        <translation>No hay ningún adaptador de pantalla visible en este sistema (no existe /sys/class/drm).</translation>
    </message>
    <message>
        <source>Intel NPU unknown: the OpenVINO runtime cannot be loaded.</source>
        <translation>NPU de Intel desconocida: no se puede cargar el runtime de OpenVINO.</translation>
    </message>
    <message>
        <source>No battery or mains sensor is readable: the power source is unknown.</source>
        <translation>No se puede leer ningún sensor de batería o de red: la fuente de energía es desconocida.</translation>
    </message>
    <message>
        <source>The fast graph does not match the reference (min cosine {0}).</source>
        <translation>El grafo rápido no coincide con la referencia (coseno mín {0}).</translation>
    </message>
    <message>
        <source>Min cosine {0} to FP32 is below {1}.</source>
        <translation>El coseno mín {0} respecto a FP32 está por debajo de {1}.</translation>
    </message>
    <message>
        <source>Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), then memories are embedded again.</source>
        <translation>El modelo {0} lo construyó una versión anterior: se reconstruye desde {1} (un minuto o dos) y luego se vuelven a vectorizar los recuerdos.</translation>
    </message>
    <message>
        <source>Model {0} is rebuilt from {1} (a minute or two).</source>
        <translation>El modelo {0} se reconstruye desde {1} (un minuto o dos).</translation>
    </message>
    <message>
        <source>The older build of model {0} stays in use: {1}</source>
        <translation>La versión anterior del modelo {0} sigue en uso: {1}</translation>
    </message>
    <message>
        <source>Converting {0} to ONNX…</source>
        <translation>Convirtiendo {0} a ONNX…</translation>
    </message>
    <message>
        <source>Checking the FP32 reference…</source>
        <translation>Comprobando la referencia FP32…</translation>
    </message>
    <message>
        <source>Building and checking {0}…</source>
        <translation>Construyendo y comprobando {0}…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>Descargando {0}…</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or memshadow models download all-MiniLM-L6-v2).</source>
        <translation>Obtenga un modelo de embeddings para buscar por significado: Preferencias › Búsqueda (o memshadow models download all-MiniLM-L6-v2).</translation>
    </message>
    <message>
        <source>{0} is not offered. {1}</source>
        <translation>{0} no se ofrece. {1}</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation>{0} es {1}× más rápido que FP32 aquí con un coseno de {2}: considérelo.</translation>
    </message>
    <message>
        <source>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</source>
        <translation>Precisión predeterminada aquí: {0}, la más rápida que mantiene el coseno mín ≥ {1}.</translation>
    </message>
    <message>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation>No se encontró GPU ni NPU, así que la CPU ejecuta el modelo. Basta para la búsqueda: una consulta tarda milisegundos.</translation>
    </message>
    <message>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation>Su CPU tiene instrucciones VNNI/AMX, que aceleran los modelos INT8: prefiera una variante INT8 si mantiene la precisión.</translation>
    </message>
    <message>
        <source>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation>{0} está presente pero CUDA no es utilizable: instale onnxruntime-gpu para usarlo.</translation>
    </message>
    <message>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation>Con batería: la indexación en segundo plano se pausa cuando queda poca batería.</translation>
    </message>
    <message>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
        <translation>Medido aquí: {0} notas por segundo; una consulta se vectoriza en {1}.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>{0} found: both versions are kept until you choose.</source>
        <translation>{0} encontrado: ambas versiones se conservan hasta que elija.</translation>
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
        <translation>Preferencias — MEMSHADOW</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <source>Related</source>
        <translation>Relacionados</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <source>{0}
Similarity {1}

{2}</source>
        <translation>{0}
Similitud {1}

{2}</translation>
    </message>
    <message>
        <source>Nothing close in meaning yet.</source>
        <translation>Aún no hay nada cercano en significado.</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>The model in use</source>
        <translation>El modelo en uso</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Precisión:</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>Se ejecuta en:</translation>
    </message>
    <message>
        <source>Get a model</source>
        <translation>Obtener un modelo</translation>
    </message>
    <message>
        <source>Search by meaning needs an embedding model on this device (no cloud). Download one from the catalogue, or import a sentence-transformers folder you have.</source>
        <translation>La búsqueda por significado necesita un modelo de embeddings en este dispositivo (sin nube). Descargue uno del catálogo o importe una carpeta sentence-transformers que tenga.</translation>
    </message>
    <message>
        <source>Index Again…</source>
        <translation>Volver a indexar…</translation>
    </message>
    <message>
        <source>Embed every memory again with the model in use</source>
        <translation>Volver a vectorizar cada recuerdo con el modelo en uso</translation>
    </message>
    <message>
        <source>(chosen when search first runs)</source>
        <translation>(se elige en la primera búsqueda)</translation>
    </message>
    <message>
        <source>None: search finds words, not meaning</source>
        <translation>Ninguno: la búsqueda encuentra palabras, no significado</translation>
    </message>
    <message>
        <source> — {0:.3f} similarity to FP32</source>
        <translation> — similitud de {0:.3f} con FP32</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>Volver a indexar</translation>
    </message>
    <message>
        <source>Embed every memory again? Search by meaning finds less until it is done (it runs in the background).</source>
        <translation>¿Volver a vectorizar cada recuerdo? La búsqueda por significado encuentra menos hasta que termine (se ejecuta en segundo plano).</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Lock the vault:</source>
        <translation>&amp;Bloquear la bóveda:</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the editor and the search index are emptied, and sync waits for the unlock.</source>
        <translation>Bloqueado, MEMSHADOW no guarda nada descifrado en memoria: la lista, el editor y el índice de búsqueda se vacían, y la sincronización espera al desbloqueo.</translation>
    </message>
    <message>
        <source>How the vault key is kept</source>
        <translation>Cómo se guarda la clave de la bóveda</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>Tras %n minuto sin uso</numerusform>
            <numerusform>Tras %n minutos sin uso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keyring</source>
        <translation>Guardar la clave en el llavero del sistema</translation>
    </message>
    <message>
        <source>This desktop has no system keyring, so the passphrase protects the key.</source>
        <translation>Este escritorio no tiene llavero del sistema, así que la frase de contraseña protege la clave.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id).</source>
        <translation>La clave de la bóveda está protegida por su frase de contraseña (Argon2id).</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring: the vault opens when you log in. Choose a passphrase below to protect it with one instead.</source>
        <translation>La clave de la bóveda se guarda en el llavero del sistema: la bóveda se abre al iniciar sesión. Elija abajo una frase de contraseña para protegerla con ella en su lugar.</translation>
    </message>
    <message>
        <source>Use This Passphrase</source>
        <translation>Usar esta frase de contraseña</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Elija una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The vault key is now protected by the new passphrase.</source>
        <translation>La clave de la bóveda ahora está protegida por la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>Enter the current passphrase to confirm.</source>
        <translation>Escriba la frase de contraseña actual para confirmar.</translation>
    </message>
    <message>
        <source>The vault key is now kept in the system keyring.</source>
        <translation>La clave de la bóveda ahora se guarda en el llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>last {0} s</source>
        <translation>últimos {0} s</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>Esperando datos…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase</source>
        <translation>Escriba una frase de contraseña</translation>
    </message>
    <message>
        <source>Too short (at least {0})</source>
        <translation>Demasiado corta (al menos {0})</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>tomorrow {0}</source>
        <translation>mañana {0}</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Bóveda bloqueada</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>La sincronización no está configurada</translation>
    </message>
    <message>
        <source>Synced · last sync {0}</source>
        <translation>Sincronizado · última sincronización {0}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Sincronizado</translation>
    </message>
    <message>
        <source>Receiving changes: {0} of {1}</source>
        <translation>Recibiendo cambios: {0} de {1}</translation>
    </message>
    <message>
        <source>Syncing {0}…</source>
        <translation>Sincronizando {0}…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sync paused until {0}</source>
        <translation>Sincronización en pausa hasta {0}</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Sincronización en pausa</translation>
    </message>
    <message>
        <source>Offline · {0} waiting</source>
        <translation>Sin conexión · {0} en espera</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Indexing for search: {0} of {1}</source>
        <translation>Indexando para la búsqueda: {0} de {1}</translation>
    </message>
    <message>
        <source>Sync stopped: this device was removed from the account</source>
        <translation>Sincronización detenida: este dispositivo se quitó de la cuenta</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories</source>
        <translation>Sincronización detenida antes de borrar muchos recuerdos</translation>
    </message>
    <message>
        <source>Sync stopped: the server holds nothing of this account</source>
        <translation>Sincronización detenida: el servidor no tiene nada de esta cuenta</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation</source>
        <translation>La sincronización espera su confirmación</translation>
    </message>
    <message>
        <source>Sync stopped: the server refused this device</source>
        <translation>Sincronización detenida: el servidor rechazó este dispositivo</translation>
    </message>
    <message>
        <source>Sync stopped: the vault could not be written</source>
        <translation>Sincronización detenida: no se pudo escribir la bóveda</translation>
    </message>
    <message>
        <source>Sync stopped unexpectedly</source>
        <translation>La sincronización se detuvo inesperadamente</translation>
    </message>
    <message>
        <source>Sync failed ({0})</source>
        <translation>La sincronización falló ({0})</translation>
    </message>
    <message>
        <source>Unlock it to see your memories; sync waits until then.</source>
        <translation>Desbloquéela para ver sus recuerdos; la sincronización espera hasta entonces.</translation>
    </message>
    <message>
        <source>They go out by themselves when the server can be reached.</source>
        <translation>Salen solos cuando se puede contactar con el servidor.</translation>
    </message>
    <message>
        <source>Set it up in Preferences to keep your devices in step.</source>
        <translation>Configúrela en Preferencias para mantener sus dispositivos al día.</translation>
    </message>
    <message>
        <source>To sync again, sign out and set up sync in Preferences.</source>
        <translation>Para volver a sincronizar, cierre la sesión y configure la sincronización en Preferencias.</translation>
    </message>
    <message>
        <source>Check the trash; then choose Sync now to confirm the deletions.</source>
        <translation>Revise la papelera; luego elija «Sincronizar ahora» para confirmar los borrados.</translation>
    </message>
    <message>
        <source>Choose Sync now to confirm.</source>
        <translation>Elija «Sincronizar ahora» para confirmar.</translation>
    </message>
    <message>
        <source>Check the account in Preferences › Sync, or set sync up again.</source>
        <translation>Revise la cuenta en Preferencias › Sincronización o vuelva a configurar la sincronización.</translation>
    </message>
    <message>
        <source>Free some disk space; sync tries again by itself.</source>
        <translation>Libere espacio en disco; la sincronización vuelve a intentarlo sola.</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW and start it again.</source>
        <translation>Cierre MEMSHADOW y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>Sync tries again by itself.</source>
        <translation>La sincronización vuelve a intentarlo sola.</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Choose what to keep</source>
        <translation>Elegir qué conservar</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with your other devices</source>
        <translation>Sincronizar con sus otros dispositivos</translation>
    </message>
    <message>
        <source>Join the account of your other devices, create one on your own sync server, or skip this and set it up later in Preferences.</source>
        <translation>Únase a la cuenta de sus otros dispositivos, cree una en su propio servidor de sincronización u omita este paso y configúrelo más tarde en Preferencias.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Set up. First sync…</source>
        <translation>Configurado. Primera sincronización…</translation>
    </message>
    <message>
        <source>The first sync failed: {0} It goes on once the app runs.</source>
        <translation>La primera sincronización falló: {0} Continúa cuando la aplicación se ejecute.</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln memory(ies) on this device.</source>
        <translation>
            <numerusform>Sincronizado: %Ln recuerdo en este dispositivo.</numerusform>
            <numerusform>Sincronizado: %Ln recuerdos en este dispositivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sync: {0} of %Ln change(s) received</source>
        <translation>
            <numerusform>Primera sincronización: recibidos {0} de %Ln cambio</numerusform>
            <numerusform>Primera sincronización: recibidos {0} de %Ln cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupForm</name>
    <message>
        <source>Join an existing sync account</source>
        <translation>Unirse a una cuenta de sincronización existente</translation>
    </message>
    <message>
        <source>Create a new sync account (first device)</source>
        <translation>Crear una nueva cuenta de sincronización (primer dispositivo)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>from the server&apos;s owner: memshadow-server invite</source>
        <translation>del propietario del servidor: memshadow-server invite</translation>
    </message>
    <message>
        <source>&amp;Invite code:</source>
        <translation>Código de &amp;invitación:</translation>
    </message>
    <message>
        <source>This &amp;device:</source>
        <translation>Este &amp;dispositivo:</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Join Account</source>
        <translation>Unirse a la cuenta</translation>
    </message>
    <message>
        <source>The passphrase encrypts your memories before they leave this device; the server never sees it. Every device of the account needs it. It cannot be recovered: keep it somewhere safe.</source>
        <translation>La frase de contraseña cifra sus recuerdos antes de que salgan de este dispositivo; el servidor nunca la ve. Cada dispositivo de la cuenta la necesita. No se puede recuperar: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>Use the server, account and passphrase you chose on your first device. This device&apos;s memories join the account&apos;s.</source>
        <translation>Use el servidor, la cuenta y la frase de contraseña que eligió en su primer dispositivo. Los recuerdos de este dispositivo se suman a los de la cuenta.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>Escriba la dirección del servidor, que empieza por https://</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>Escriba el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>Enter the sync passphrase.</source>
        <translation>Escriba la frase de contraseña de sincronización.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Elija una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>Give this device a name (for your other devices to show).</source>
        <translation>Dé un nombre a este dispositivo (para que lo muestren sus otros dispositivos).</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>Configurando…</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>Otra cuenta</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Join this one and send every memory to it?</source>
        <translation>Esta bóveda se sincronizó antes con otra cuenta. ¿Unirse a esta y enviarle cada recuerdo?</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync keeps your devices in step through a server you run yourself. Everything is encrypted on this device first: the server never sees a memory or the passphrase.</source>
        <translation>La sincronización mantiene sus dispositivos al día a través de un servidor que usted mismo gestiona. Todo se cifra primero en este dispositivo: el servidor nunca ve un recuerdo ni la frase de contraseña.</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Este dispositivo:</translation>
    </message>
    <message>
        <source>Waiting to go out:</source>
        <translation>Esperando para salir:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Conflictos:</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Sign Out of Sync…</source>
        <translation>Cerrar sesión de la sincronización…</translation>
    </message>
    <message>
        <source>Signing out stops sync on this device; every memory stays in this vault. You can set sync up again at any time.</source>
        <translation>Cerrar la sesión detiene la sincronización en este dispositivo; cada recuerdo se queda en esta bóveda. Puede volver a configurar la sincronización cuando quiera.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Reanudar la sincronización</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Pausar la sincronización</translation>
    </message>
    <message>
        <source>Sign out of sync</source>
        <translation>Cerrar sesión de la sincronización</translation>
    </message>
    <message>
        <source>This device leaves the sync account: it stops sending and receiving changes, and the server forgets its access. Every memory stays in this vault. Sign out?</source>
        <translation>Este dispositivo deja la cuenta de sincronización: deja de enviar y recibir cambios, y el servidor olvida su acceso. Cada recuerdo se queda en esta bóveda. ¿Cerrar sesión?</translation>
    </message>
</context>
<context>
    <name>TagSuggestions</name>
    <message>
        <source>Suggested:</source>
        <translation>Sugerencias:</translation>
    </message>
    <message>
        <source>+ {0}  {1}%</source>
        <translation>+ {0}  {1} %</translation>
    </message>
    <message numerus="yes">
        <source>Add the tag “{0}” ({1}% confident; %Ln memory(ies) of the vault carry it)</source>
        <translation>
            <numerusform>Añadir la etiqueta «{0}» ({1} % de confianza; %Ln recuerdo de la bóveda la lleva)</numerusform>
            <numerusform>Añadir la etiqueta «{0}» ({1} % de confianza; %Ln recuerdos de la bóveda la llevan)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Open MEMSHADOW</source>
        <translation>Abrir MEMSHADOW</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>Pausar la sincronización</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation>Hasta que la reanude</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>Reanudar la sincronización</translation>
    </message>
    <message>
        <source>Lock Vault</source>
        <translation>Bloquear la bóveda</translation>
    </message>
    <message>
        <source>Unlock Vault…</source>
        <translation>Desbloquear la bóveda…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW</source>
        <translation>Salir de MEMSHADOW</translation>
    </message>
    <message>
        <source>Resolve {0}…</source>
        <translation>Resolver {0}…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>Cree su bóveda</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Create your MEMSHADOW vault</source>
        <translation>Cree su bóveda de MEMSHADOW</translation>
    </message>
    <message>
        <source>Unlock your MEMSHADOW vault</source>
        <translation>Desbloquee su bóveda de MEMSHADOW</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</source>
        <translation>Sus recuerdos se cifran en este dispositivo. Nada sale de él sin cifrar, y nadie (ni siquiera un servidor de sincronización) puede leerlos sin su clave.</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this vault.</source>
        <translation>Escriba la frase de contraseña que protege esta bóveda.</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Bóveda: {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Proteger la clave de la bóveda con una frase de contraseña</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Guardar la clave de la bóveda en el llavero del sistema ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Protection in use: passphrase (Argon2id).</source>
        <translation>Protección en uso: frase de contraseña (Argon2id).</translation>
    </message>
    <message>
        <source>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</source>
        <translation>La clave aleatoria de la bóveda se guarda en el llavero del sistema; la bóveda se abre al iniciar sesión. Puede cambiar a una frase de contraseña más tarde.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>No hay llavero del sistema disponible, así que la clave de la bóveda está protegida por su frase de contraseña (Argon2id). Una frase de contraseña olvidada no se puede recuperar.</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>La clave de la bóveda está protegida por su frase de contraseña (Argon2id). Una frase de contraseña olvidada no se puede recuperar.</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creando…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Escriba una frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Elija una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>Cree su bóveda</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody, not even a sync server, can read them without your key.</source>
        <translation>Sus recuerdos se cifran en este dispositivo. Nada sale de él sin cifrar, y nadie, ni siquiera un servidor de sincronización, puede leerlos sin su clave.</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>Crear bóveda</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Bóveda: {0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>Proteger la clave de la bóveda con una frase de contraseña</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>Guardar la clave de la bóveda en el llavero del sistema ({0})</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>Al menos %n carácter</numerusform>
            <numerusform>Al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>Elija una frase de contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elija una frase de contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>The random vault key goes to your system keyring: the vault opens when you log in. You can choose a passphrase instead later, in Preferences.</source>
        <translation>La clave aleatoria de la bóveda va al llavero del sistema: la bóveda se abre al iniciar sesión. Más tarde puede elegir una frase de contraseña en su lugar, en Preferencias.</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>Una frase de contraseña olvidada no se puede recuperar: guárdela en un lugar seguro.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Vault: {0}</source>
        <translation>Bóveda: {0}</translation>
    </message>
    <message>
        <source>Passphrase (Argon2id)</source>
        <translation>Frase de contraseña (Argon2id)</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>Llavero del sistema</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase</source>
        <translation>La clave de la bóveda está protegida por su frase de contraseña</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring</source>
        <translation>La clave de la bóveda se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies)</source>
        <translation>
            <numerusform>%Ln recuerdo</numerusform>
            <numerusform>%Ln recuerdos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in trash</source>
        <translation>
            <numerusform>%Ln en la papelera</numerusform>
            <numerusform>%Ln en la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) in all</source>
        <translation>
            <numerusform>%Ln revisión en total</numerusform>
            <numerusform>%Ln revisiones en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>Write a new memory (Ctrl+N)</source>
        <translation>Escribir un recuerdo nuevo (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save a new revision (Ctrl+S)</source>
        <translation>Guardar una revisión nueva (Ctrl+S)</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <source>Show or hide the history of the memory</source>
        <translation>Mostrar u ocultar el historial del recuerdo</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Importar carpeta…</translation>
    </message>
    <message>
        <source>Import the .md and .txt notes of a folder</source>
        <translation>Importar las notas .md y .txt de una carpeta</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Cerrar ventana</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>Mostrar la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Hardware Dashboard…</source>
        <translation>Panel de &amp;hardware…</translation>
    </message>
    <message>
        <source>The system, the accelerators, the model in use and a benchmark</source>
        <translation>El sistema, los aceleradores, el modelo en uso y una prueba de rendimiento</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>Sincronizar &amp;ahora</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>Enviar y recibir cambios ahora</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>Resolver &amp;conflictos…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Lock Vault</source>
        <translation>&amp;Bloquear la bóveda</translation>
    </message>
    <message>
        <source>Hide every memory until the vault is unlocked again</source>
        <translation>Ocultar cada recuerdo hasta que se vuelva a desbloquear la bóveda</translation>
    </message>
    <message>
        <source>&amp;Quit MEMSHADOW</source>
        <translation>&amp;Salir de MEMSHADOW</translation>
    </message>
    <message>
        <source>&amp;About MEMSHADOW</source>
        <translation>&amp;Acerca de MEMSHADOW</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>About MEMSHADOW</source>
        <translation>Acerca de MEMSHADOW</translation>
    </message>
    <message>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Sus recuerdos, cifrados en este dispositivo.</translation>
    </message>
</context>
</TS>
