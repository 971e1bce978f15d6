<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>App</name>
    <message>
        <source>invalid choice: {0} (choose from {1})</source>
        <translation>無効な選択：{0}（{1} から選んでください）</translation>
    </message>
    <message>
        <source>cannot write {0}</source>
        <translation>{0} に書き込めません</translation>
    </message>
    <message>
        <source>MEMSHADOW is already running for this vault but does not answer. Close it and try again.</source>
        <translation>MEMSHADOW はこの保管庫ですでに実行中ですが、応答しません。閉じてからもう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>AppShell</name>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Sync stopped because many memories were deleted at once. Delete them on every device too? (They stay in each device&apos;s trash.)</source>
        <translation>多数のメモリーが一度に削除されたため、同期を停止しました。すべてのデバイスでも削除しますか？（各デバイスのゴミ箱には残ります。）</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation to go on. Go on?</source>
        <translation>同期は続行の確認を待っています。続行しますか？</translation>
    </message>
    <message>
        <source>Confirm sync</source>
        <translation>同期の確認</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Save the changes to this memory before locking?</source>
        <translation>ロックする前にこのメモリーの変更を保存しますか？</translation>
    </message>
    <message>
        <source>MEMSHADOW is still running</source>
        <translation>MEMSHADOW は実行中です</translation>
    </message>
    <message>
        <source>It keeps syncing in the background. Open it or quit it from its icon in the tray.</source>
        <translation>バックグラウンドで同期を続けます。トレイのアイコンから開くか終了してください。</translation>
    </message>
    <message>
        <source>MEMSHADOW</source>
        <translation>MEMSHADOW</translation>
    </message>
    <message>
        <source>GNOME shows no tray icons without an extension, so MEMSHADOW quits when its window is closed, and sync stops with it. To keep it syncing in the background, install the “{0}” extension and start MEMSHADOW again.</source>
        <translation>GNOME は拡張機能なしではトレイアイコンを表示しないため、ウィンドウを閉じると MEMSHADOW は終了し、同期も止まります。バックグラウンドで同期を続けるには、拡張機能「{0}」をインストールして MEMSHADOW を再起動してください。</translation>
    </message>
</context>
<context>
    <name>Ask</name>
    <message>
        <source>{0} is not installed ({1}).</source>
        <translation>{0} はインストールされていません（{1}）。</translation>
    </message>
    <message>
        <source>{0} is installed but does not work here.</source>
        <translation>{0} はインストールされていますが、ここでは動作しません。</translation>
    </message>
    <message>
        <source>{0} does not run {1} models.</source>
        <translation>{0} は {1} モデルを実行できません。</translation>
    </message>
    <message>
        <source>no GPU here: {0} runs on the CPU</source>
        <translation>GPU がありません：{0} は CPU で動作します</translation>
    </message>
    <message>
        <source>{0} could not run on {1}, so the CPU runs it</source>
        <translation>{0} は {1} で実行できなかったため、CPU で実行します</translation>
    </message>
    <message>
        <source>{0} on the CPU</source>
        <translation>CPU 上の {0}</translation>
    </message>
    <message>
        <source>{0} on {1}</source>
        <translation>{1} 上の {0}</translation>
    </message>
    <message>
        <source>{0} on the CPU, as chosen</source>
        <translation>CPU 上の {0}（選択どおり）</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} を確認中…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>{0} をダウンロード中…</translation>
    </message>
    <message>
        <source>Unpacking {0}…</source>
        <translation>{0} を展開中…</translation>
    </message>
    <message>
        <source>Answered from your notes.</source>
        <translation>ノートから回答しました。</translation>
    </message>
    <message>
        <source>Not found in your notes.</source>
        <translation>ノートに見つかりません。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message>
        <source>The vault holds no memories yet.</source>
        <translation>保管庫にはまだメモリーがありません。</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>first words after {0:.1f} s, {1} tokens/s; {2} ({3} cached), {4} of {5} for notes</source>
        <translation>最初の語まで {0:.1f} 秒、{1} トークン/秒；{2}（キャッシュ {3}）、ノート用 {4}/{5}</translation>
    </message>
</context>
<context>
    <name>AskPanel</name>
    <message>
        <source>Ask my memories</source>
        <translation>メモリーに質問</translation>
    </message>
    <message>
        <source>Ask a question about your notes…</source>
        <translation>ノートについて質問してください…</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Save as memory</source>
        <translation>メモリーとして保存</translation>
    </message>
    <message>
        <source>Looking through your notes…</source>
        <translation>ノートを確認中…</translation>
    </message>
    <message numerus="yes">
        <source>Answering from %n note(s)…</source>
        <translation>
            <numerusform>%n 件のノートから回答中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Your notes do not seem to answer this.</source>
        <translation>ノートにはこの答えがないようです。</translation>
    </message>
    <message>
        <source>No note was close enough to use.</source>
        <translation>使えるほど近いノートがありません。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>cited</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Saved as a memory.</source>
        <translation>メモリーとして保存しました。</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts — MEMSHADOW</source>
        <translation>同期の競合 — MEMSHADOW</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Automatic Merges</source>
        <translation>自動統合</translation>
    </message>
    <message>
        <source>These memories were changed on two devices at once. Both versions are kept until you choose. Resolve… shows both side by side and lets you pick, change by change; settling a conflict here settles it on every device.</source>
        <translation>これらのメモリーは 2 台のデバイスで同時に変更されました。選ぶまで両方の版が保持されます。「解決…」では両方を並べて表示し、変更ごとに選べます。ここで解決した競合はすべてのデバイスで解決されます。</translation>
    </message>
    <message>
        <source>What collides</source>
        <translation>競合箇所</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>自分の版</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>相手の版</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <source>Open Memory</source>
        <translation>メモリーを開く</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>相手の版を残す</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>両方を別々のメモリーとして残す</translation>
    </message>
    <message>
        <source>The whole memory as that device has it, every change</source>
        <translation>そのデバイスにあるメモリー全体（すべての変更を含む）</translation>
    </message>
    <message>
        <source>Merged by</source>
        <translation>統合したデバイス</translation>
    </message>
    <message>
        <source>Undo This Merge</source>
        <translation>この統合を元に戻す</translation>
    </message>
    <message>
        <source>edited here, deleted there</source>
        <translation>こちらで編集、相手側で削除</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message numerus="yes">
        <source>text (%n change(s))</source>
        <translation>
            <numerusform>テキスト（%n 件の変更）</numerusform>
        </translation>
    </message>
    <message>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>content</source>
        <translation>内容</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from {0}</source>
        <translation>
            <numerusform>{0} から %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>From {0}:</source>
        <translation>{0} から：</translation>
    </message>
    <message>
        <source>(only removed lines)</source>
        <translation>（削除された行のみ）</translation>
    </message>
    <message>
        <source>Changed since the merge: restore a version from its history.</source>
        <translation>統合後に変更されています：履歴から版を復元してください。</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message numerus="yes">
        <source>Memories merged without asking in the last %n day(s): two devices changed different parts, and both changes were kept. Undo puts this device&apos;s version back; the other stays in the history.</source>
        <translation>
            <numerusform>過去 %n 日間に確認なしで統合されたメモリー：2 台のデバイスが別々の部分を変更し、両方の変更が保持されました。元に戻すとこのデバイスの版に戻ります。もう一方は履歴に残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>デバイス {0}</translation>
    </message>
    <message>
        <source>Changed since: restore from its history instead</source>
        <translation>その後変更されています：代わりに履歴から復元してください</translation>
    </message>
    <message>
        <source>No conflicts: everything is in step.</source>
        <translation>競合はありません：すべて一致しています。</translation>
    </message>
</context>
<context>
    <name>CountWords</name>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln 件の競合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s) need you: choose what to keep</source>
        <translation>
            <numerusform>%Ln 件の競合の対応が必要です：残すものを選んでください</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln core(s)</source>
        <translation>
            <numerusform>%Ln コア</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln thread(s)</source>
        <translation>
            <numerusform>%Ln スレッド</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(over %Ln answer(s))</source>
        <translation>
            <numerusform>（%Ln 件の回答）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompt token(s)</source>
        <translation>
            <numerusform>プロンプト %Ln トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln token(s)</source>
        <translation>
            <numerusform>%Ln トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln related</source>
        <translation>
            <numerusform>関連 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln neighbour(s)</source>
        <translation>
            <numerusform>隣接 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new</source>
        <translation>
            <numerusform>新規 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>更新 %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>変更なし %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln skipped</source>
        <translation>
            <numerusform>スキップ %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>This device&apos;s name:</source>
        <translation>このデバイスの名前：</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>取り消し…</translation>
    </message>
    <message>
        <source>Revoking a device (a lost or sold one) stops it at once: the server refuses it, so it sends and receives nothing more. It cannot erase what that device already has: its vault stays on it, still encrypted with its own key. The account gets a new data key, so nothing written from now on opens with the keys it kept. Revoking needs the account passphrase; each device can only rename itself.</source>
        <translation>デバイス（紛失・売却したもの）を取り消すと、直ちに停止します：サーバーが拒否するため、それ以上何も送受信しません。そのデバイスがすでに持っているものは消去できません：保管庫はそのデバイスに残り、独自の鍵で暗号化されたままです。アカウントには新しいデータ鍵が与えられるため、今後書き込まれるものは保持された鍵では開けません。取り消しにはアカウントのパスフレーズが必要です。各デバイスは自身の名前だけを変更できます。</translation>
    </message>
    <message>
        <source>The account passphrase:</source>
        <translation>アカウントのパスフレーズ：</translation>
    </message>
    <message>
        <source>Set up sync first: then your devices show here.</source>
        <translation>まず同期を設定してください：するとデバイスがここに表示されます。</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0}（このデバイス）</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>online now</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Revoke {0}</source>
        <translation>{0} を取り消す</translation>
    </message>
    <message>
        <source>Revoke “{0}”?</source>
        <translation>「{0}」を取り消しますか？</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your vault is ready</source>
        <translation>保管庫の準備ができました</translation>
    </message>
    <message>
        <source>All of this can be changed later, in Preferences.</source>
        <translation>これらはすべて後から環境設定で変更できます。</translation>
    </message>
    <message>
        <source>Protection: the system keyring</source>
        <translation>保護：システムのキーリング</translation>
    </message>
    <message>
        <source>Protection: your passphrase</source>
        <translation>保護：パスフレーズ</translation>
    </message>
    <message>
        <source>Sync: account {0} on {1}</source>
        <translation>同期：{1} のアカウント {0}</translation>
    </message>
    <message>
        <source>Sync: not set up (Preferences › Sync)</source>
        <translation>同期：未設定（環境設定 › 同期）</translation>
    </message>
    <message>
        <source>Memories: {0}</source>
        <translation>メモリー：{0}</translation>
    </message>
    <message>
        <source>Search by meaning: {0}</source>
        <translation>意味で検索：{0}</translation>
    </message>
    <message>
        <source>Search: by words (get a model in Preferences › Search)</source>
        <translation>検索：単語で（モデルは環境設定 › 検索で取得）</translation>
    </message>
</context>
<context>
    <name>EdgePlan</name>
    <message>
        <source>Minimal</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>軽量</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>高性能</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>通常</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>{0} MB of RAM</source>
        <translation>RAM {0} MB</translation>
    </message>
    <message>
        <source>chosen in the settings or by the agent</source>
        <translation>設定またはエージェントが選択</translation>
    </message>
    <message>
        <source>chosen, though {0} MB of RAM suits {1}: it may run out of memory</source>
        <translation>選択済み。ただし RAM {0} MB には {1} が適しています：メモリーが不足する可能性があります</translation>
    </message>
    <message>
        <source>no embedding model installed</source>
        <translation>埋め込みモデルがインストールされていません</translation>
    </message>
    <message>
        <source>no validated model variant fits in {0} MB</source>
        <translation>{0} MB に収まる検証済みモデルがありません</translation>
    </message>
    <message>
        <source>the {0} variant ({1} MB) fits</source>
        <translation>{0} 版（{1} MB）が収まります</translation>
    </message>
    <message>
        <source>{0} instead of {1}: this profile allows {2}</source>
        <translation>{1} ではなく {0}：このプロファイルで使えるのは {2}</translation>
    </message>
    <message>
        <source>the model&apos;s validated choice</source>
        <translation>モデルの検証済みの選択</translation>
    </message>
    <message>
        <source>the model offers no validated variant this profile allows</source>
        <translation>このプロファイルで使える検証済みの版がモデルにありません</translation>
    </message>
    <message>
        <source>it ran a real session here</source>
        <translation>ここで実際のセッションを実行しました</translation>
    </message>
    <message>
        <source>no usable accelerator</source>
        <translation>使えるアクセラレーターがありません</translation>
    </message>
    <message>
        <source>{0} is usable, but this profile keeps inference on the CPU</source>
        <translation>{0} は使えますが、このプロファイルでは推論を CPU で行います</translation>
    </message>
    <message>
        <source>no local embedding</source>
        <translation>ローカルの埋め込みなし</translation>
    </message>
    <message>
        <source>{0} is not installed</source>
        <translation>{0} はインストールされていません</translation>
    </message>
    <message>
        <source>no generation model installed</source>
        <translation>生成モデルがインストールされていません</translation>
    </message>
    <message>
        <source>answers with {0}</source>
        <translation>{0} で回答</translation>
    </message>
    <message>
        <source>too small for local generation</source>
        <translation>ローカル生成には小さすぎます</translation>
    </message>
    <message>
        <source>mains power and a normal network</source>
        <translation>電源接続・通常のネットワーク</translation>
    </message>
    <message>
        <source>on battery: Normal and Low wait {0}× longer</source>
        <translation>バッテリー駆動：通常と低は {0} 倍長く待ちます</translation>
    </message>
    <message>
        <source>battery saver: Normal and Low wait {0}× longer</source>
        <translation>省電力モード：通常と低は {0} 倍長く待ちます</translation>
    </message>
    <message>
        <source>metered network: only Critical and High changes are sent</source>
        <translation>従量制ネットワーク：緊急と高の変更だけを送信します</translation>
    </message>
    <message>
        <source>the settings wait for each deadline</source>
        <translation>設定により各期限まで待ちます</translation>
    </message>
    <message>
        <source>waits on battery below {0}%</source>
        <translation>バッテリー {0}% 未満では待機</translation>
    </message>
    <message>
        <source>on battery at {0}%, below {1}%</source>
        <translation>バッテリー {0}%（{1}% 未満）</translation>
    </message>
    <message>
        <source>nothing to index with</source>
        <translation>インデックスに使うものがありません</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>not on a metered network</source>
        <translation>従量制ネットワークでは行いません</translation>
    </message>
    <message>
        <source>{0} MB free, {1} MB needed</source>
        <translation>空き {0} MB、必要 {1} MB</translation>
    </message>
    <message>
        <source>at most {0}% of the RAM</source>
        <translation>RAM の最大 {0}%</translation>
    </message>
    <message>
        <source>what the agent stays under</source>
        <translation>エージェントが超えない上限</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>（説明なし：{0}）</translation>
    </message>
    <message>
        <source>held</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>即時</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} 秒</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} 分</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} 時間</translation>
    </message>
    <message>
        <source>prefetches {0} and {1}</source>
        <translation>{0} と {1} を先読み</translation>
    </message>
    <message>
        <source>no prefetch</source>
        <translation>先読みなし</translation>
    </message>
    <message>
        <source>meaning and words, {0}</source>
        <translation>意味と語句、{0}</translation>
    </message>
    <message>
        <source>words only</source>
        <translation>語句のみ</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>L1 {0} MB in memory, {1}; L2 the encrypted vault</source>
        <translation>L1 はメモリー {0} MB、{1}；L2 は暗号化された保管庫</translation>
    </message>
    <message>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <source>This device&apos;s plan</source>
        <translation>このデバイスのプラン</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Sync deadlines</source>
        <translation>同期の期限</translation>
    </message>
    <message>
        <source>Indexing</source>
        <translation>インデックス作成</translation>
    </message>
    <message>
        <source>Model downloads</source>
        <translation>モデルのダウンロード</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>Memory ceiling</source>
        <translation>メモリー上限</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>調査中…</translation>
    </message>
</context>
<context>
    <name>EditorPane</name>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ：</translation>
    </message>
    <message>
        <source>comma, separated, tags</source>
        <translation>カンマ、区切り、タグ</translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation>Markdown で書く…</translation>
    </message>
    <message>
        <source>Restore from Trash</source>
        <translation>ゴミ箱から復元</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New memory, not saved yet</source>
        <translation>新しいメモリー（未保存）</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>更新 {0}</translation>
    </message>
    <message>
        <source>created {0}</source>
        <translation>作成 {0}</translation>
    </message>
    <message>
        <source>from {0}</source>
        <translation>{0} から</translation>
    </message>
    <message>
        <source>In the trash</source>
        <translation>ゴミ箱内</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● 未保存の変更</translation>
    </message>
    <message>
        <source>Read-only while in the trash</source>
        <translation>ゴミ箱にある間は読み取り専用</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>A memory needs a title or some text.</source>
        <translation>メモリーにはタイトルかテキストが必要です。</translation>
    </message>
    <message>
        <source>The text holds characters that cannot be kept.</source>
        <translation>テキストに保存できない文字が含まれています。</translation>
    </message>
    <message>
        <source>There is nothing to change.</source>
        <translation>変更するものはありません。</translation>
    </message>
    <message>
        <source>Choose a passphrase for the vault.</source>
        <translation>保管庫のパスフレーズを選んでください。</translation>
    </message>
    <message>
        <source>The passphrase is too short: at least {minimum} characters.</source>
        <translation>パスフレーズが短すぎます：{minimum} 文字以上必要です。</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {why}</source>
        <translation>パスフレーズファイル {path} を読めません：{why}</translation>
    </message>
    <message>
        <source>No passphrase given: set {env} or use --passphrase-file.</source>
        <translation>パスフレーズがありません：{env} を設定するか --passphrase-file を使ってください。</translation>
    </message>
    <message>
        <source>The system keyring refused to give the vault key.</source>
        <translation>システムのキーリングが保管庫の鍵を渡しませんでした。</translation>
    </message>
    <message>
        <source>The system keyring is not available, so the vault key cannot be read.</source>
        <translation>システムのキーリングが使えないため、保管庫の鍵を読めません。</translation>
    </message>
    <message>
        <source>The vault key is not in the system keyring.</source>
        <translation>保管庫の鍵がシステムのキーリングにありません。</translation>
    </message>
    <message>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation>保管庫はロックされています。続けるにはロックを解除してください。</translation>
    </message>
    <message>
        <source>A device needs a name.</source>
        <translation>デバイスには名前が必要です。</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Joining this one sends every memory to it; confirm to go on.</source>
        <translation>この保管庫は以前に別のアカウントと同期していました。このアカウントに参加するとすべてのメモリーが送信されます。続けるには確認してください。</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories at once. Check the trash, then confirm with Sync now in the Sync preferences.</source>
        <translation>多数のメモリーを一度に削除する前に同期を停止しました。ゴミ箱を確認してから、同期の環境設定の「今すぐ同期」で確認してください。</translation>
    </message>
    <message>
        <source>The sync server holds nothing of this account any more. Confirm to upload this vault to it again.</source>
        <translation>同期サーバーにはこのアカウントのデータがもうありません。確認するとこの保管庫を再度アップロードします。</translation>
    </message>
    <message>
        <source>This conflict is already resolved.</source>
        <translation>この競合はすでに解決されています。</translation>
    </message>
    <message>
        <source>There is no merged text to keep.</source>
        <translation>残すための統合テキストがありません。</translation>
    </message>
    <message>
        <source>That is not a way to resolve it.</source>
        <translation>その方法では解決できません。</translation>
    </message>
    <message>
        <source>This memory changed in the meantime, so nothing was written. Reload and choose again.</source>
        <translation>このメモリーはその間に変更されたため、何も書き込まれていません。再読み込みしてもう一度選んでください。</translation>
    </message>
    <message>
        <source>Some conflicting changes have no choice yet.</source>
        <translation>まだ選択していない競合する変更があります。</translation>
    </message>
    <message>
        <source>This conflict has no such change.</source>
        <translation>この競合にそのような変更はありません。</translation>
    </message>
    <message>
        <source>That is not a way to settle a change.</source>
        <translation>その方法では変更を解決できません。</translation>
    </message>
    <message>
        <source>Give at least six characters of the id.</source>
        <translation>ID を 6 文字以上指定してください。</translation>
    </message>
    <message>
        <source>More than one item starts with that id: give more of it.</source>
        <translation>その ID で始まる項目が複数あります：もっと長く指定してください。</translation>
    </message>
    <message>
        <source>The vault&apos;s header file is missing ({path}). Nothing was changed.</source>
        <translation>保管庫のヘッダーファイルがありません（{path}）。何も変更されていません。</translation>
    </message>
    <message>
        <source>The vault&apos;s database is missing ({path}). Nothing was changed.</source>
        <translation>保管庫のデータベースがありません（{path}）。何も変更されていません。</translation>
    </message>
    <message>
        <source>The vault&apos;s header belongs to another vault. Nothing was changed.</source>
        <translation>保管庫のヘッダーは別の保管庫のものです。何も変更されていません。</translation>
    </message>
    <message>
        <source>This vault was made by a newer MEMSHADOW (format {found}; this one reads up to {known}). Update MEMSHADOW to open it.</source>
        <translation>この保管庫は新しい MEMSHADOW で作成されました（形式 {found}、このバージョンは {known} まで対応）。開くには MEMSHADOW を更新してください。</translation>
    </message>
    <message>
        <source>No embedding model is installed, so search by meaning is off.</source>
        <translation>埋め込みモデルがインストールされていないため、意味での検索はオフです。</translation>
    </message>
    <message>
        <source>The stored search index does not fit the model in use; it will be rebuilt.</source>
        <translation>保存済みの検索インデックスが使用中のモデルに合いません。再構築します。</translation>
    </message>
    <message>
        <source>The embedding model cannot be loaded.</source>
        <translation>埋め込みモデルを読み込めません。</translation>
    </message>
    <message>
        <source>No accelerator or CPU could run the embedding model.</source>
        <translation>埋め込みモデルを実行できるアクセラレーターも CPU もありません。</translation>
    </message>
    <message>
        <source>The embedding model failed on this text.</source>
        <translation>このテキストで埋め込みモデルが失敗しました。</translation>
    </message>
    <message>
        <source>No generation model is installed: download one or import a GGUF file.</source>
        <translation>生成モデルがインストールされていません：ダウンロードするか GGUF ファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>The library that runs this generation model ({backend}) is not installed.</source>
        <translation>この生成モデルを実行するライブラリ（{backend}）がインストールされていません。</translation>
    </message>
    <message>
        <source>The generation model cannot be loaded.</source>
        <translation>生成モデルを読み込めません。</translation>
    </message>
    <message>
        <source>The generation model stopped with an error.</source>
        <translation>生成モデルがエラーで停止しました。</translation>
    </message>
    <message>
        <source>This is neither a GGUF model file nor an ONNX GenAI model folder.</source>
        <translation>これは GGUF モデルファイルでも ONNX GenAI モデルフォルダーでもありません。</translation>
    </message>
    <message>
        <source>A generation model of that name is already installed.</source>
        <translation>その名前の生成モデルはすでにインストールされています。</translation>
    </message>
    <message>
        <source>This catalogue model has no pinned checksum, so it is not downloaded.</source>
        <translation>このカタログのモデルには固定されたチェックサムがないため、ダウンロードしません。</translation>
    </message>
    <message>
        <source>The question is empty.</source>
        <translation>質問が空です。</translation>
    </message>
    <message>
        <source>The question is too long: at most {limit} characters.</source>
        <translation>質問が長すぎます：最大 {limit} 文字です。</translation>
    </message>
    <message>
        <source>There is no answer to save yet.</source>
        <translation>保存する回答がまだありません。</translation>
    </message>
    <message>
        <source>That passphrase does not unlock this vault. Check it and try again.</source>
        <translation>そのパスフレーズではこの保管庫のロックを解除できません。確認してもう一度お試しください。</translation>
    </message>
    <message>
        <source>The vault is locked: its key is not available.</source>
        <translation>保管庫はロックされています：鍵を利用できません。</translation>
    </message>
    <message>
        <source>There is no vault at {detail}.</source>
        <translation>{detail} に保管庫がありません。</translation>
    </message>
    <message>
        <source>A vault already exists at {detail}.</source>
        <translation>{detail} にはすでに保管庫があります。</translation>
    </message>
    <message>
        <source>The vault header is damaged. Nothing was changed.</source>
        <translation>保管庫のヘッダーが破損しています。何も変更されていません。</translation>
    </message>
    <message>
        <source>This is not a MEMSHADOW vault, or the key does not open it.</source>
        <translation>これは MEMSHADOW の保管庫ではないか、鍵で開けません。</translation>
    </message>
    <message>
        <source>The vault is busy in another MEMSHADOW process. Try again in a moment.</source>
        <translation>保管庫は別の MEMSHADOW プロセスが使用中です。少し待ってからお試しください。</translation>
    </message>
    <message>
        <source>MEMSHADOW already runs for this vault (process {pid}).</source>
        <translation>MEMSHADOW はこの保管庫ですでに実行中です（プロセス {pid}）。</translation>
    </message>
    <message>
        <source>Not found: {detail}</source>
        <translation>見つかりません：{detail}</translation>
    </message>
    <message>
        <source>This was not accepted.</source>
        <translation>受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation>ディスクがいっぱいです。失われたものはありません。空き容量を作ってもう一度お試しください。</translation>
    </message>
    <message>
        <source>The vault could not be read or written. Nothing saved was lost.</source>
        <translation>保管庫を読み書きできませんでした。保存済みのものは失われていません。</translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation>同期サーバーに接続できません。</translation>
    </message>
    <message>
        <source>Stopped. What was done is kept.</source>
        <translation>停止しました。完了した分は保持されます。</translation>
    </message>
    <message>
        <source>That sync passphrase does not open this account.</source>
        <translation>その同期パスフレーズではこのアカウントを開けません。</translation>
    </message>
    <message>
        <source>That account exists already: join it instead of creating it.</source>
        <translation>そのアカウントはすでにあります：作成せずに参加してください。</translation>
    </message>
    <message>
        <source>This device was removed from the sync account.</source>
        <translation>このデバイスは同期アカウントから削除されました。</translation>
    </message>
    <message>
        <source>Sync is not set up on this device.</source>
        <translation>このデバイスでは同期が設定されていません。</translation>
    </message>
    <message>
        <source>This server takes new accounts only with an invite code from its owner, or not at all.</source>
        <translation>このサーバーは、管理者の招待コードがある場合にのみ新しいアカウントを受け付けるか、まったく受け付けません。</translation>
    </message>
    <message>
        <source>This account&apos;s room on the sync server is full. Nothing was lost here; the changes wait until the server&apos;s owner makes room.</source>
        <translation>同期サーバー上のこのアカウントの容量がいっぱいです。ここでは何も失われていません。サーバーの管理者が空きを作るまで変更は待機します。</translation>
    </message>
    <message>
        <source>Sync needs an https:// server address (plain http:// only to this computer).</source>
        <translation>同期には https:// のサーバーアドレスが必要です（通常の http:// はこのコンピューター宛てのみ）。</translation>
    </message>
    <message>
        <source>The sync account does not know this device any more: set up sync again.</source>
        <translation>同期アカウントはこのデバイスをもう認識していません：同期を設定し直してください。</translation>
    </message>
    <message>
        <source>The sync server did not accept this device&apos;s login: set up sync again.</source>
        <translation>同期サーバーがこのデバイスのログインを受け付けませんでした：同期を設定し直してください。</translation>
    </message>
    <message>
        <source>The sync server sent something this version cannot read. Nothing was applied.</source>
        <translation>同期サーバーから、このバージョンでは読めないデータが届きました。何も適用されていません。</translation>
    </message>
    <message>
        <source>This changed meanwhile somewhere else. Look at it again and retry.</source>
        <translation>その間に別の場所で変更されました。もう一度確認してからやり直してください。</translation>
    </message>
    <message>
        <source>Sync waits for you to confirm what it is about to do.</source>
        <translation>同期は実行内容の確認を待っています。</translation>
    </message>
    <message>
        <source>The sync server refused the request.</source>
        <translation>同期サーバーが要求を拒否しました。</translation>
    </message>
    <message>
        <source>The sync server refused a change.</source>
        <translation>同期サーバーが変更を拒否しました。</translation>
    </message>
    <message>
        <source>Sync failed.</source>
        <translation>同期に失敗しました。</translation>
    </message>
    <message>
        <source>Search by meaning failed.</source>
        <translation>意味での検索に失敗しました。</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>問題が発生しました：{0}</translation>
    </message>
    <message>
        <source>Something went wrong ({0}).</source>
        <translation>問題が発生しました（{0}）。</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to MEMSHADOW</source>
        <translation>MEMSHADOW へようこそ</translation>
    </message>
</context>
<context>
    <name>GeneralTab</name>
    <message>
        <source>Start MEMSHADOW when I log in</source>
        <translation>ログイン時に MEMSHADOW を起動</translation>
    </message>
    <message>
        <source>Keep syncing in the tray when the window is closed</source>
        <translation>ウィンドウを閉じてもトレイで同期を続ける</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so closing the window quits MEMSHADOW (and sync stops with it).</source>
        <translation>このデスクトップはトレイアイコンを表示しないため、ウィンドウを閉じると MEMSHADOW は終了します（同期も止まります）。</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language shows when MEMSHADOW starts again.</source>
        <translation>新しい言語は MEMSHADOW の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tell me about sync conflicts, sync problems and a removed device</source>
        <translation>同期の競合、同期の問題、削除されたデバイスを知らせる</translation>
    </message>
    <message>
        <source>Not snoozed</source>
        <translation>スヌーズなし</translation>
    </message>
    <message>
        <source>Snooze for 1 hour</source>
        <translation>1 時間スヌーズ</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>明日までスヌーズ</translation>
    </message>
    <message>
        <source>Notifications never show what a memory says, not even its title.</source>
        <translation>通知にはメモリーの内容もタイトルも表示されません。</translation>
    </message>
    <message>
        <source>Written to {0}</source>
        <translation>{0} に書き込みました</translation>
    </message>
    <message>
        <source>Snoozed until {0}</source>
        <translation>{0} までスヌーズ</translation>
    </message>
</context>
<context>
    <name>GenerationSection</name>
    <message>
        <source>Generation (Ask)</source>
        <translation>生成（質問）</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{0}; devices: {1}</source>
        <translation>{0}；デバイス：{1}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>Model {0} on {1}</source>
        <translation>{1} 上のモデル {0}</translation>
    </message>
    <message>
        <source>{0} tokens/s generating, {1} tokens/s reading the prompt {2}</source>
        <translation>生成 {0} トークン/秒、プロンプト読み込み {1} トークン/秒{2}</translation>
    </message>
    <message>
        <source>No answer measured yet.</source>
        <translation>回答はまだ計測されていません。</translation>
    </message>
    <message>
        <source>No generation model is installed.</source>
        <translation>生成モデルがインストールされていません。</translation>
    </message>
</context>
<context>
    <name>HardwareDashboard</name>
    <message>
        <source>Hardware — MEMSHADOW</source>
        <translation>ハードウェア — MEMSHADOW</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU features</source>
        <translation>CPU の機能</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー容量</translation>
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
        <translation>電源</translation>
    </message>
    <message>
        <source>Probing…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Live statistics</source>
        <translation>ライブ統計</translation>
    </message>
    <message>
        <source>Inferences</source>
        <translation>推論</translation>
    </message>
    <message>
        <source>Texts embedded</source>
        <translation>埋め込んだテキスト</translation>
    </message>
    <message>
        <source>Average latency</source>
        <translation>平均レイテンシー</translation>
    </message>
    <message>
        <source>Items per second</source>
        <translation>毎秒の項目数</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推奨事項</translation>
    </message>
    <message>
        <source>Execution providers</source>
        <translation>実行プロバイダー</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Items/s</source>
        <translation>項目/秒</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシー</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Model and precision</source>
        <translation>モデルと精度</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Accuracy vs FP32</source>
        <translation>FP32 との一致度</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Use this precision</source>
        <translation>この精度を使う</translation>
    </message>
    <message>
        <source>Search switches to it; the vault is embedded again in the background</source>
        <translation>検索はこの精度に切り替わり、保管庫はバックグラウンドで再度埋め込まれます</translation>
    </message>
    <message>
        <source>Benchmark</source>
        <translation>ベンチマーク</translation>
    </message>
    <message>
        <source>Benchmark this machine</source>
        <translation>このマシンを計測</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Measures how fast the model in use embeds notes and answers a query here.</source>
        <translation>使用中のモデルがここでノートを埋め込み、クエリに答える速さを計測します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No embedding model installed.&lt;/b&gt; Get one in Preferences › Search (a download, or a folder you have) to search by meaning.</source>
        <translation>&lt;b&gt;埋め込みモデルがインストールされていません。&lt;/b&gt;意味で検索するには、環境設定 › 検索で取得してください（ダウンロード、または手元のフォルダー）。</translation>
    </message>
    <message>
        <source>{0}, {1} pending; vectors use {2}. The engine does not report its own counters yet; latency and speed come from the benchmark.</source>
        <translation>{0}、{1} 件待機中；ベクトルは {2} を使用。エンジンはまだ独自のカウンターを報告しないため、レイテンシーと速度はベンチマークの値です。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies) indexed</source>
        <translation>
            <numerusform>%Ln 件のメモリーをインデックス済み</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}{1} notes per second over {2}; one query embeds in {3} (p50), {4} (p95).</source>
        <translation>{0}{1} ノート/秒（検証テキスト {2}）；クエリの埋め込みは {3}（p50）、{4}（p95）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln probe text(s)</source>
        <translation>
            <numerusform>%Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>{0} total, {1} available</source>
        <translation>合計 {0}、空き {1}</translation>
    </message>
    <message>
        <source>none detected</source>
        <translation>検出されません</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}、{1}</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>on battery, {0}%</source>
        <translation>バッテリー駆動、{0}%</translation>
    </message>
    <message>
        <source>mains power</source>
        <translation>AC 電源</translation>
    </message>
    <message>
        <source>, battery {0}%</source>
        <translation>、バッテリー {0}%</translation>
    </message>
    <message>
        <source>unknown (no power sensor readable)</source>
        <translation>不明（電源センサーを読めません）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>報告なし</translation>
    </message>
    <message>
        <source>In use: &lt;b&gt;{0}&lt;/b&gt; · provider &lt;b&gt;{1}&lt;/b&gt; · precision &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>使用中：&lt;b&gt;{0}&lt;/b&gt; · プロバイダー &lt;b&gt;{1}&lt;/b&gt; · 精度 &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>代替：{0}</translation>
    </message>
    <message>
        <source>min {0} · mean {1}</source>
        <translation>最小 {0} · 平均 {1}</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>非提供</translation>
    </message>
    <message>
        <source>The engine has not reported precision variants for this model.</source>
        <translation>エンジンはこのモデルの精度バリアントを報告していません。</translation>
    </message>
    <message>
        <source>A variant is offered only when it matches FP32 on the probe set.</source>
        <translation>バリアントは検証セットで FP32 と一致する場合にのみ提供されます。</translation>
    </message>
    <message>
        <source>Install a model first</source>
        <translation>まずモデルをインストールしてください</translation>
    </message>
    <message>
        <source>Nothing to recommend: this machine is used as well as it can be.</source>
        <translation>推奨事項はありません：このマシンは最大限に活用されています。</translation>
    </message>
    <message>
        <source>No model: nothing is embedded.</source>
        <translation>モデルなし：何も埋め込まれません。</translation>
    </message>
    <message>
        <source>texts embedded per second</source>
        <translation>毎秒の埋め込みテキスト数</translation>
    </message>
    <message>
        <source>p50 {0} · p95 {1} (engine statistics since start)</source>
        <translation>p50 {0} · p95 {1}（起動以降のエンジン統計）</translation>
    </message>
    <message>
        <source>memories indexed per second</source>
        <translation>毎秒のインデックス済みメモリー数</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>計測中…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>HistoryPane</name>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Select a revision to see its text.</source>
        <translation>リビジョンを選ぶとテキストが表示されます。</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>この版を復元</translation>
    </message>
    <message>
        <source>created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>moved to trash</source>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>conflicting edits, both kept</source>
        <translation>競合する編集、両方保持</translation>
    </message>
    <message>
        <source>conflict resolved</source>
        <translation>競合を解決</translation>
    </message>
    <message>
        <source>automatic merge undone</source>
        <translation>自動統合を取り消し</translation>
    </message>
    <message>
        <source>  (current)</source>
        <translation>  （現在）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln リビジョン</numerusform>
        </translation>
    </message>
    <message>
        <source>this device</source>
        <translation>このデバイス</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>デバイス {0}</translation>
    </message>
    <message>
        <source>this device ({0})</source>
        <translation>このデバイス（{0}）</translation>
    </message>
    <message>
        <source>Revision {0}
Device: {1}</source>
        <translation>リビジョン {0}
デバイス：{1}</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>何も選択されていません。</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>タイトル：{0}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>タグ：{0}</translation>
    </message>
    <message>
        <source>in the trash</source>
        <translation>ゴミ箱内</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Bring in your notes</source>
        <translation>ノートを取り込む</translation>
    </message>
    <message>
        <source>Import a folder of Markdown or text notes (sub-folders too), or skip this: you can import more at any time from the File menu.</source>
        <translation>Markdown またはテキストのノートのフォルダー（サブフォルダーも）をインポートするか、スキップしてください：「ファイル」メニューからいつでも追加できます。</translation>
    </message>
    <message>
        <source>Choose a Folder…</source>
        <translation>フォルダーを選択…</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>フォルダーからノートをインポート</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}.</source>
        <translation>{0} をインポート：{1}、{2}。</translation>
    </message>
</context>
<context>
    <name>IndexStatusBar</name>
    <message>
        <source>Loading the search index…</source>
        <translation>検索インデックスを読み込み中…</translation>
    </message>
    <message>
        <source>Search by meaning is unavailable</source>
        <translation>意味での検索は利用できません</translation>
    </message>
    <message>
        <source>Search: full text</source>
        <translation>検索：全文</translation>
    </message>
    <message>
        <source>Get an embedding model in Preferences › Search to search by meaning</source>
        <translation>意味で検索するには、環境設定 › 検索で埋め込みモデルを取得してください</translation>
    </message>
    <message>
        <source>No embedding model</source>
        <translation>埋め込みモデルなし</translation>
    </message>
    <message>
        <source>Updating the embedding model…</source>
        <translation>埋め込みモデルを更新中…</translation>
    </message>
    <message numerus="yes">
        <source>Search by meaning: %Ln indexed</source>
        <translation>
            <numerusform>意味で検索：%Ln 件インデックス済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing paused: %Ln to go</source>
        <translation>
            <numerusform>インデックス作成を一時停止：残り %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexing: %Ln to go</source>
        <translation>
            <numerusform>インデックス作成中：残り %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Every memory is indexed for search by meaning</source>
        <translation>すべてのメモリーが意味での検索用にインデックス済みです</translation>
    </message>
    <message>
        <source>Paused: {0}</source>
        <translation>一時停止：{0}</translation>
    </message>
    <message>
        <source>Memories are embedded in the background for search by meaning</source>
        <translation>メモリーは意味での検索のためにバックグラウンドで埋め込まれます</translation>
    </message>
    <message>
        <source>Embedding model: {0}</source>
        <translation>埋め込みモデル：{0}</translation>
    </message>
    <message>
        <source>Fallback: {0}</source>
        <translation>代替：{0}</translation>
    </message>
    <message>
        <source>Search: locked</source>
        <translation>検索：ロック中</translation>
    </message>
</context>
<context>
    <name>LockedView</name>
    <message>
        <source>Your vault is locked</source>
        <translation>保管庫はロックされています</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Nothing of it stays decrypted in memory. Sync waits: changes from your other devices arrive once you unlock.</source>
        <translation>復号されたものはメモリーに一切残りません。同期は待機します：他のデバイスからの変更はロック解除後に届きます。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロック解除中…</translation>
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
        <translation>ゴミ箱（{0}）</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>Memories ({0})</source>
        <translation>メモリー（{0}）</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>New memory</source>
        <translation>新しいメモリー</translation>
    </message>
    <message>
        <source>{0}[*] — MEMSHADOW</source>
        <translation>{0}[*] — MEMSHADOW</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard the changes to this memory?</source>
        <translation>このメモリーの変更を破棄しますか？</translation>
    </message>
    <message>
        <source>MEMSHADOW — locked</source>
        <translation>MEMSHADOW — ロック中</translation>
    </message>
    <message>
        <source>Saved a new memory</source>
        <translation>新しいメモリーを保存しました</translation>
    </message>
    <message>
        <source>Saved a new revision</source>
        <translation>新しいリビジョンを保存しました</translation>
    </message>
    <message>
        <source>Moved “{0}” to the trash</source>
        <translation>「{0}」をゴミ箱へ移動しました</translation>
    </message>
    <message>
        <source>Restored “{0}” from the trash</source>
        <translation>「{0}」をゴミ箱から復元しました</translation>
    </message>
    <message>
        <source>Restored an earlier version as a new revision</source>
        <translation>以前の版を新しいリビジョンとして復元しました</translation>
    </message>
    <message>
        <source>Import notes from a folder</source>
        <translation>フォルダーからノートをインポート</translation>
    </message>
    <message>
        <source>Imported {0}: {1}, {2}, {3}, {4}</source>
        <translation>{0} をインポート：{1}、{2}、{3}、{4}</translation>
    </message>
    <message>
        <source>This memory has unsaved changes. Close anyway and lose them?</source>
        <translation>このメモリーには未保存の変更があります。閉じて変更を失いますか？</translation>
    </message>
    <message>
        <source>Ask my memories…</source>
        <translation>メモリーに質問…</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>質問(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MeaningLoader</name>
    <message>
        <source>Get an embedding model (Preferences › Search) to see memories related in meaning.</source>
        <translation>意味の近いメモリーを表示するには、埋め込みモデルを取得してください（環境設定 › 検索）。</translation>
    </message>
    <message>
        <source>Related memories appear once the vault is indexed.</source>
        <translation>関連するメモリーは保管庫のインデックス作成後に表示されます。</translation>
    </message>
</context>
<context>
    <name>MemoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
</context>
<context>
    <name>MemoryListPane</name>
    <message>
        <source>meaning {0}</source>
        <translation>意味 {0}</translation>
    </message>
    <message>
        <source>words {0}</source>
        <translation>単語 {0}</translation>
    </message>
    <message>
        <source>Search memories</source>
        <translation>メモリーを検索</translation>
    </message>
    <message>
        <source>Memories</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <source>Search disabled in the trash</source>
        <translation>ゴミ箱では検索できません</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>ゴミ箱は空です。</translation>
    </message>
    <message>
        <source>No memory matches “{0}”.</source>
        <translation>「{0}」に一致するメモリーはありません。</translation>
    </message>
    <message>
        <source>No memories yet. Press New to write one.</source>
        <translation>メモリーはまだありません。「新規」を押して書きましょう。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 件一致</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>ハイブリッド</translation>
    </message>
    <message>
        <source>by meaning</source>
        <translation>意味で</translation>
    </message>
    <message>
        <source>full text</source>
        <translation>全文</translation>
    </message>
    <message>
        <source>Hybrid search: ranked by meaning, with a boost for the words you typed</source>
        <translation>ハイブリッド検索：意味で順位付けし、入力した単語を優先</translation>
    </message>
    <message>
        <source>Search by meaning only</source>
        <translation>意味のみで検索</translation>
    </message>
    <message>
        <source>Full-text search: memories that contain the words you typed</source>
        <translation>全文検索：入力した単語を含むメモリー</translation>
    </message>
    <message>
        <source>Matching words only. Get an embedding model in Preferences › Search to search by meaning.</source>
        <translation>単語の一致のみ。意味で検索するには、環境設定 › 検索で埋め込みモデルを取得してください。</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Resolve a conflict — MEMSHADOW</source>
        <translation>競合の解決 — MEMSHADOW</translation>
    </message>
    <message>
        <source>Show the common ancestor</source>
        <translation>共通の祖先を表示</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Keep Both as Separate Memories</source>
        <translation>両方を別々のメモリーとして残す</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Conflicting change</source>
        <translation>競合する変更</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 前へ</translation>
    </message>
    <message>
        <source>Previous conflicting change (Alt+Up)</source>
        <translation>前の競合する変更（Alt+↑）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>次へ ▶</translation>
    </message>
    <message>
        <source>Next conflicting change (Alt+Down)</source>
        <translation>次の競合する変更（Alt+↓）</translation>
    </message>
    <message>
        <source>Edit by Hand</source>
        <translation>手動で編集</translation>
    </message>
    <message>
        <source>Change this part in the result below</source>
        <translation>下の結果でこの部分を変更</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>タイトル：</translation>
    </message>
    <message>
        <source>Text (editable)</source>
        <translation>テキスト（編集可）</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>Edited on one device and deleted on another.</source>
        <translation>一方のデバイスで編集され、別のデバイスで削除されました。</translation>
    </message>
    <message>
        <source>Both devices changed the same part.</source>
        <translation>両方のデバイスが同じ部分を変更しました。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; — {1} Changes that did not collide are already in the result; choose for each conflicting change below.</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; — {1} 衝突しなかった変更はすでに結果に含まれています。下で競合する変更ごとに選んでください。</translation>
    </message>
    <message>
        <source>Common ancestor — {0}</source>
        <translation>共通の祖先 — {0}</translation>
    </message>
    <message>
        <source>Common ancestor — none (no shared version)</source>
        <translation>共通の祖先 — なし（共有する版がありません）</translation>
    </message>
    <message>
        <source>Mine — {0}</source>
        <translation>自分の版 — {0}</translation>
    </message>
    <message>
        <source>Theirs — {0}</source>
        <translation>相手の版 — {0}</translation>
    </message>
    <message>
        <source>This memory changed while the dialog was open, so nothing was written. Reload to merge against the new version (your choices here are dropped).</source>
        <translation>ダイアログを開いている間にこのメモリーが変更されたため、何も書き込まれていません。再読み込みして新しい版と統合してください（ここでの選択は破棄されます）。</translation>
    </message>
    <message>
        <source>No conflicting changes: finish to keep the result.</source>
        <translation>競合する変更はありません：完了すると結果を保存します。</translation>
    </message>
    <message>
        <source>Change {0} of {1}: {2}. Still to choose: {3}.</source>
        <translation>変更 {0}/{1}：{2}。未選択：{3}。</translation>
    </message>
    <message>
        <source>Choose for every conflicting change first</source>
        <translation>先に競合するすべての変更で選択してください</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>tag “{0}”</source>
        <translation>タグ「{0}」</translation>
    </message>
    <message>
        <source>deleted or kept</source>
        <translation>削除か保持か</translation>
    </message>
    <message>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>自分の版を残す</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>相手の版を残す</translation>
    </message>
    <message>
        <source>Keep Both, Mine First</source>
        <translation>両方残す（自分の版が先）</translation>
    </message>
    <message>
        <source>Keep Both, Theirs First</source>
        <translation>両方残す（相手の版が先）</translation>
    </message>
    <message>
        <source>Keep the Tag</source>
        <translation>タグを残す</translation>
    </message>
    <message>
        <source>Remove the Tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Restore with the Edit</source>
        <translation>編集を含めて復元</translation>
    </message>
    <message>
        <source>Keep Deleted</source>
        <translation>削除したままにする</translation>
    </message>
    <message>
        <source>keeps the tag “{0}”</source>
        <translation>タグ「{0}」を残しています</translation>
    </message>
    <message>
        <source>removed the tag “{0}”</source>
        <translation>タグ「{0}」を削除しました</translation>
    </message>
    <message>
        <source>moved it to the trash</source>
        <translation>ゴミ箱へ移動しました</translation>
    </message>
    <message>
        <source>edited it</source>
        <translation>編集しました</translation>
    </message>
    <message>
        <source>Tags: {0}</source>
        <translation>タグ：{0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>removed on one device, kept on the other: {0} (kept unless you remove them)</source>
        <translation>一方のデバイスで削除、もう一方で保持：{0}（削除しない限り残ります）</translation>
    </message>
    <message>
        <source>the memory stays in the trash</source>
        <translation>メモリーはゴミ箱に残ります</translation>
    </message>
    <message>
        <source>device {0}</source>
        <translation>デバイス {0}</translation>
    </message>
    <message>
        <source>{0} (this device)</source>
        <translation>{0}（このデバイス）</translation>
    </message>
    <message>
        <source>Title: {0}</source>
        <translation>タイトル：{0}</translation>
    </message>
    <message>
        <source>(moved to the trash)</source>
        <translation>（ゴミ箱へ移動）</translation>
    </message>
</context>
<context>
    <name>ModelGetter</name>
    <message>
        <source>Download</source>
        <translation>ダウンロード</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import a Folder…</source>
        <translation>フォルダーをインポート…</translation>
    </message>
    <message>
        <source>A sentence-transformers model folder, converted here (no PyTorch needed)</source>
        <translation>sentence-transformers のモデルフォルダー（ここで変換、PyTorch 不要）</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <source>Downloading: {0} of {1}</source>
        <translation>ダウンロード中：{0} / {1}</translation>
    </message>
    <message>
        <source>A sentence-transformers folder</source>
        <translation>sentence-transformers のフォルダー</translation>
    </message>
    <message>
        <source>Download stopped. Download again to go on from where it stopped.</source>
        <translation>ダウンロードを停止しました。もう一度ダウンロードすると続きから再開します。</translation>
    </message>
    <message>
        <source>Installed {0}: search by meaning is on.</source>
        <translation>{0} をインストールしました：意味での検索がオンです。</translation>
    </message>
</context>
<context>
    <name>ModelPage</name>
    <message>
        <source>Search by meaning</source>
        <translation>意味で検索</translation>
    </message>
    <message>
        <source>A small model on this device finds notes by what they mean; nothing goes to the cloud. Download one (about 90 MB), import a folder, or skip.</source>
        <translation>このデバイス上の小さなモデルがノートを意味で探します。クラウドには何も送りません。ダウンロード（約 90 MB）、フォルダーのインポート、またはスキップを選んでください。</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>on battery at {0}% (below {1}%)</source>
        <translation>バッテリー残量 {0}%（{1}% 未満）</translation>
    </message>
    <message>
        <source>(no description: {0})</source>
        <translation>（説明なし：{0}）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} minimum cosine.</source>
        <translation>{0} はここで FP32 より {1} 倍速く、最小コサインは {2} です。</translation>
    </message>
    <message>
        <source>{0} is {1}× slower than FP32 here at {2} minimum cosine.</source>
        <translation>{0} はここで FP32 より {1} 倍遅く、最小コサインは {2} です。</translation>
    </message>
    <message>
        <source>Could not be built or loaded ({0}): {1}</source>
        <translation>作成または読み込みできませんでした（{0}）：{1}</translation>
    </message>
    <message>
        <source>CoreML exists only on macOS; this is {0}.</source>
        <translation>CoreML は macOS 専用です。これは {0} です。</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CoreML provider (install the official macOS wheel).</source>
        <translation>この ONNX Runtime には CoreML プロバイダーがありません（公式の macOS 用 wheel をインストールしてください）。</translation>
    </message>
    <message>
        <source>DirectML exists only on Windows (onnxruntime-directml); this is {0}.</source>
        <translation>DirectML は Windows 専用です（onnxruntime-directml）。これは {0} です。</translation>
    </message>
    <message>
        <source>onnxruntime-directml is not installed (the plain wheel lacks DirectML).</source>
        <translation>onnxruntime-directml がインストールされていません（通常の wheel には DirectML がありません）。</translation>
    </message>
    <message>
        <source>CUDA does not exist on macOS.</source>
        <translation>macOS には CUDA がありません。</translation>
    </message>
    <message>
        <source>This ONNX Runtime has no CUDA provider: install onnxruntime-gpu (see README).</source>
        <translation>この ONNX Runtime には CUDA プロバイダーがありません：onnxruntime-gpu をインストールしてください（README 参照）。</translation>
    </message>
    <message>
        <source>Not part of the installed ONNX Runtime {0}.</source>
        <translation>インストール済みの ONNX Runtime {0} には含まれていません。</translation>
    </message>
    <message>
        <source>TensorRT needs onnxruntime-gpu built with TensorRT and the TensorRT libraries.</source>
        <translation>TensorRT には TensorRT 付きでビルドされた onnxruntime-gpu と TensorRT ライブラリが必要です。</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;).</source>
        <translation>意味で検索するには埋め込みモデルを取得してください：環境設定 › 検索（または &lt;code&gt;memshadow models download all-MiniLM-L6-v2&lt;/code&gt;）。</translation>
    </message>
    <message>
        <source>{0} is not installed. {1}</source>
        <translation>{0} はインストールされていません。{1}</translation>
    </message>
    <message>
        <source>{0} failed to start: {1}</source>
        <translation>{0} の起動に失敗しました：{1}</translation>
    </message>
    <message>
        <source>{0} is listed by the session but ran no part of a test run (ran: {1}).</source>
        <translation>{0} はセッションに含まれていますが、テスト実行のどの部分も実行しませんでした（実行：{1}）。</translation>
    </message>
    <message>
        <source>The session fell back to the CPU.</source>
        <translation>セッションは CPU に切り替わりました。</translation>
    </message>
    <message>
        <source>Fixed shapes by length buckets (16 to 256 tokens) avoid recompiling.</source>
        <translation>長さ別のバケット（16〜256 トークン）による固定形状で再コンパイルを避けます。</translation>
    </message>
    <message>
        <source>MLProgram format on every compute unit (Neural Engine, GPU, CPU).</source>
        <translation>すべての演算ユニット（Neural Engine、GPU、CPU）で MLProgram 形式。</translation>
    </message>
    <message>
        <source>Memory pattern off and sequential execution (DirectML requires both).</source>
        <translation>メモリーパターンをオフにし逐次実行（DirectML は両方が必要）。</translation>
    </message>
    <message>
        <source>The adapter is chosen with device_id.</source>
        <translation>アダプターは device_id で選択します。</translation>
    </message>
    <message>
        <source>device_id picks the GPU; gpu_mem_limit caps its memory.</source>
        <translation>device_id で GPU を選び、gpu_mem_limit でメモリーを制限します。</translation>
    </message>
    <message>
        <source>One thread per physical core ({0}).</source>
        <translation>物理コアごとに 1 スレッド（{0}）。</translation>
    </message>
    <message>
        <source>Fused attention, LayerNorm and GELU; INT8 uses VNNI where present.</source>
        <translation>Attention、LayerNorm、GELU を融合。INT8 は可能なら VNNI を使用。</translation>
    </message>
    <message>
        <source>The only provider installed.</source>
        <translation>インストールされている唯一のプロバイダー。</translation>
    </message>
    <message>
        <source>The CPU, by default.</source>
        <translation>既定では CPU。</translation>
    </message>
    <message>
        <source>The fastest measured here ({0} texts per second).</source>
        <translation>ここで計測した最速のもの（毎秒 {0} テキスト）。</translation>
    </message>
    <message>
        <source>The only provider that works here.</source>
        <translation>ここで動作する唯一のプロバイダー。</translation>
    </message>
    <message>
        <source>NVIDIA GPUs cannot be listed: nvidia-ml-py is not installed.</source>
        <translation>NVIDIA GPU を一覧表示できません：nvidia-ml-py がインストールされていません。</translation>
    </message>
    <message>
        <source>No NVIDIA driver was found ({0}).</source>
        <translation>NVIDIA ドライバーが見つかりません（{0}）。</translation>
    </message>
    <message>
        <source>Asking the NVIDIA driver failed ({0}).</source>
        <translation>NVIDIA ドライバーへの問い合わせに失敗しました（{0}）。</translation>
    </message>
    <message>
        <source>No display adapter is visible on this system (no /sys/class/drm).</source>
        <translation>このシステムではディスプレイアダプターが見えません（/sys/class/drm なし）。</translation>
    </message>
    <message>
        <source>Intel NPU unknown: the OpenVINO runtime cannot be loaded.</source>
        <translation>Intel NPU は不明：OpenVINO ランタイムを読み込めません。</translation>
    </message>
    <message>
        <source>No battery or mains sensor is readable: the power source is unknown.</source>
        <translation>バッテリーや AC 電源のセンサーを読めません：電源は不明です。</translation>
    </message>
    <message>
        <source>The fast graph does not match the reference (min cosine {0}).</source>
        <translation>高速グラフが基準と一致しません（最小コサイン {0}）。</translation>
    </message>
    <message>
        <source>Min cosine {0} to FP32 is below {1}.</source>
        <translation>FP32 に対する最小コサイン {0} が {1} を下回っています。</translation>
    </message>
    <message>
        <source>Model {0} was built by an older version: it is rebuilt from {1} (a minute or two), then memories are embedded again.</source>
        <translation>モデル {0} は古いバージョンで作成されました：{1} から再作成し（1〜2 分）、その後メモリーを再度埋め込みます。</translation>
    </message>
    <message>
        <source>Model {0} is rebuilt from {1} (a minute or two).</source>
        <translation>モデル {0} を {1} から再作成します（1〜2 分）。</translation>
    </message>
    <message>
        <source>The older build of model {0} stays in use: {1}</source>
        <translation>モデル {0} の古い版を引き続き使用します：{1}</translation>
    </message>
    <message>
        <source>Converting {0} to ONNX…</source>
        <translation>{0} を ONNX に変換中…</translation>
    </message>
    <message>
        <source>Checking the FP32 reference…</source>
        <translation>FP32 の基準を確認中…</translation>
    </message>
    <message>
        <source>Building and checking {0}…</source>
        <translation>{0} を作成して確認中…</translation>
    </message>
    <message>
        <source>Downloading {0}…</source>
        <translation>{0} をダウンロード中…</translation>
    </message>
    <message>
        <source>Get an embedding model to search by meaning: Preferences › Search (or memshadow models download all-MiniLM-L6-v2).</source>
        <translation>意味で検索するには埋め込みモデルを取得してください：環境設定 › 検索（または memshadow models download all-MiniLM-L6-v2）。</translation>
    </message>
    <message>
        <source>{0} is not offered. {1}</source>
        <translation>{0} は提供されていません。{1}</translation>
    </message>
    <message>
        <source>{0} is {1}× faster than FP32 here at {2} cosine: consider it.</source>
        <translation>{0} はここで FP32 より {1} 倍速く、コサインは {2} です：検討してください。</translation>
    </message>
    <message>
        <source>Default precision here: {0}, the fastest that keeps min cosine ≥ {1}.</source>
        <translation>ここでの既定の精度：{0}（最小コサイン ≥ {1} を保つ最速のもの）。</translation>
    </message>
    <message>
        <source>No GPU or NPU was found, so the CPU runs the model. That is fine for search: a query takes milliseconds.</source>
        <translation>GPU も NPU も見つからないため、CPU がモデルを実行します。検索には十分です：クエリは数ミリ秒です。</translation>
    </message>
    <message>
        <source>Your CPU has VNNI/AMX instructions, which make INT8 models fast: prefer an INT8 variant when it keeps accuracy.</source>
        <translation>この CPU には INT8 モデルを高速にする VNNI/AMX 命令があります：精度が保たれるなら INT8 バリアントを選んでください。</translation>
    </message>
    <message>
        <source>{0} is present but CUDA is not usable: install onnxruntime-gpu to use it.</source>
        <translation>{0} はありますが CUDA は使えません：使うには onnxruntime-gpu をインストールしてください。</translation>
    </message>
    <message>
        <source>On battery: background indexing pauses when the battery runs low.</source>
        <translation>バッテリー駆動中：バッテリーが少なくなるとバックグラウンドのインデックス作成は一時停止します。</translation>
    </message>
    <message>
        <source>Measured here: {0} notes per second; a query embeds in {1}.</source>
        <translation>ここでの計測：毎秒 {0} ノート；クエリの埋め込みは {1}。</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>{0} found: both versions are kept until you choose.</source>
        <translation>{0} 件見つかりました：選ぶまで両方の版が保持されます。</translation>
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
        <translation>環境設定 — MEMSHADOW</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
</context>
<context>
    <name>RelatedStrip</name>
    <message>
        <source>Related</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <source>{0}
Similarity {1}

{2}</source>
        <translation>{0}
類似度 {1}

{2}</translation>
    </message>
    <message>
        <source>Nothing close in meaning yet.</source>
        <translation>意味の近いものはまだありません。</translation>
    </message>
</context>
<context>
    <name>SearchTab</name>
    <message>
        <source>The model in use</source>
        <translation>使用中のモデル</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>モデル：</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
    <message>
        <source>Runs on:</source>
        <translation>実行先：</translation>
    </message>
    <message>
        <source>Get a model</source>
        <translation>モデルを取得</translation>
    </message>
    <message>
        <source>Search by meaning needs an embedding model on this device (no cloud). Download one from the catalogue, or import a sentence-transformers folder you have.</source>
        <translation>意味での検索には、このデバイス上の埋め込みモデルが必要です（クラウドなし）。カタログからダウンロードするか、手元の sentence-transformers フォルダーをインポートしてください。</translation>
    </message>
    <message>
        <source>Index Again…</source>
        <translation>再インデックス…</translation>
    </message>
    <message>
        <source>Embed every memory again with the model in use</source>
        <translation>使用中のモデルですべてのメモリーを再度埋め込む</translation>
    </message>
    <message>
        <source>(chosen when search first runs)</source>
        <translation>（最初の検索時に選択）</translation>
    </message>
    <message>
        <source>None: search finds words, not meaning</source>
        <translation>なし：検索は意味ではなく単語を探します</translation>
    </message>
    <message>
        <source> — {0:.3f} similarity to FP32</source>
        <translation> — FP32 との類似度 {0:.3f}</translation>
    </message>
    <message>
        <source>Index again</source>
        <translation>再インデックス</translation>
    </message>
    <message>
        <source>Embed every memory again? Search by meaning finds less until it is done (it runs in the background).</source>
        <translation>すべてのメモリーを再度埋め込みますか？完了するまで意味での検索の結果は少なくなります（バックグラウンドで実行）。</translation>
    </message>
</context>
<context>
    <name>SecurityTab</name>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>&amp;Lock the vault:</source>
        <translation>保管庫をロック(&amp;L)：</translation>
    </message>
    <message>
        <source>Lock Now</source>
        <translation>今すぐロック</translation>
    </message>
    <message>
        <source>Locked, MEMSHADOW keeps nothing decrypted in memory: the list, the editor and the search index are emptied, and sync waits for the unlock.</source>
        <translation>ロック中、MEMSHADOW は復号されたものをメモリーに一切残しません：一覧、エディター、検索インデックスは空になり、同期はロック解除を待ちます。</translation>
    </message>
    <message>
        <source>How the vault key is kept</source>
        <translation>保管庫の鍵の保管方法</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>現在のパスフレーズ(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <source>After %n minute(s) without use</source>
        <translation>
            <numerusform>%n 分間使用しなかったとき</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>新しいパスフレーズ(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度(&amp;R)：</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>パスフレーズを変更</translation>
    </message>
    <message>
        <source>Keep the Key in the System Keyring</source>
        <translation>鍵をシステムのキーリングに保管</translation>
    </message>
    <message>
        <source>This desktop has no system keyring, so the passphrase protects the key.</source>
        <translation>このデスクトップにはシステムのキーリングがないため、パスフレーズで鍵を保護します。</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id).</source>
        <translation>保管庫の鍵はパスフレーズで保護されています（Argon2id）。</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring: the vault opens when you log in. Choose a passphrase below to protect it with one instead.</source>
        <translation>保管庫の鍵はシステムのキーリングにあります：ログイン時に保管庫が開きます。代わりにパスフレーズで保護するには、下で選んでください。</translation>
    </message>
    <message>
        <source>Use This Passphrase</source>
        <translation>このパスフレーズを使う</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>%n 文字以上のパスフレーズを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが異なります。</translation>
    </message>
    <message>
        <source>The vault key is now protected by the new passphrase.</source>
        <translation>保管庫の鍵は新しいパスフレーズで保護されました。</translation>
    </message>
    <message>
        <source>Enter the current passphrase to confirm.</source>
        <translation>確認のため現在のパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>The vault key is now kept in the system keyring.</source>
        <translation>保管庫の鍵はシステムのキーリングに保管されました。</translation>
    </message>
</context>
<context>
    <name>StatsPlot</name>
    <message>
        <source>last {0} s</source>
        <translation>直近 {0} 秒</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>データを待機中…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Type a passphrase</source>
        <translation>パスフレーズを入力</translation>
    </message>
    <message>
        <source>Too short (at least {0})</source>
        <translation>短すぎます（{0} 文字以上）</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>とても弱い</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>とても強い</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>tomorrow {0}</source>
        <translation>明日 {0}</translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>保管庫はロック中</translation>
    </message>
    <message>
        <source>Sync is not set up</source>
        <translation>同期は未設定です</translation>
    </message>
    <message>
        <source>Synced · last sync {0}</source>
        <translation>同期済み · 最終同期 {0}</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>Receiving changes: {0} of {1}</source>
        <translation>変更を受信中：{0} / {1}</translation>
    </message>
    <message>
        <source>Syncing {0}…</source>
        <translation>{0} を同期中…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>同期中…</translation>
    </message>
    <message>
        <source>Sync paused until {0}</source>
        <translation>{0} まで同期を一時停止</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>同期を一時停止中</translation>
    </message>
    <message>
        <source>Offline · {0} waiting</source>
        <translation>オフライン · {0} 件待機中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Indexing for search: {0} of {1}</source>
        <translation>検索用にインデックス作成中：{0} / {1}</translation>
    </message>
    <message>
        <source>Sync stopped: this device was removed from the account</source>
        <translation>同期停止：このデバイスはアカウントから削除されました</translation>
    </message>
    <message>
        <source>Sync stopped before deleting many memories</source>
        <translation>多数のメモリーの削除前に同期を停止しました</translation>
    </message>
    <message>
        <source>Sync stopped: the server holds nothing of this account</source>
        <translation>同期停止：サーバーにこのアカウントのデータがありません</translation>
    </message>
    <message>
        <source>Sync waits for your confirmation</source>
        <translation>同期は確認を待っています</translation>
    </message>
    <message>
        <source>Sync stopped: the server refused this device</source>
        <translation>同期停止：サーバーがこのデバイスを拒否しました</translation>
    </message>
    <message>
        <source>Sync stopped: the vault could not be written</source>
        <translation>同期停止：保管庫に書き込めませんでした</translation>
    </message>
    <message>
        <source>Sync stopped unexpectedly</source>
        <translation>同期が予期せず停止しました</translation>
    </message>
    <message>
        <source>Sync failed ({0})</source>
        <translation>同期に失敗しました（{0}）</translation>
    </message>
    <message>
        <source>Unlock it to see your memories; sync waits until then.</source>
        <translation>メモリーを見るにはロックを解除してください。それまで同期は待機します。</translation>
    </message>
    <message>
        <source>They go out by themselves when the server can be reached.</source>
        <translation>サーバーに接続できると自動的に送信されます。</translation>
    </message>
    <message>
        <source>Set it up in Preferences to keep your devices in step.</source>
        <translation>デバイスを一致させるには環境設定で設定してください。</translation>
    </message>
    <message>
        <source>To sync again, sign out and set up sync in Preferences.</source>
        <translation>再度同期するには、サインアウトして環境設定で同期を設定してください。</translation>
    </message>
    <message>
        <source>Check the trash; then choose Sync now to confirm the deletions.</source>
        <translation>ゴミ箱を確認してから「今すぐ同期」を選んで削除を確認してください。</translation>
    </message>
    <message>
        <source>Choose Sync now to confirm.</source>
        <translation>確認するには「今すぐ同期」を選んでください。</translation>
    </message>
    <message>
        <source>Check the account in Preferences › Sync, or set sync up again.</source>
        <translation>環境設定 › 同期でアカウントを確認するか、同期を設定し直してください。</translation>
    </message>
    <message>
        <source>Free some disk space; sync tries again by itself.</source>
        <translation>ディスクの空きを作ってください。同期は自動的に再試行します。</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW and start it again.</source>
        <translation>MEMSHADOW を終了して再起動してください。</translation>
    </message>
    <message>
        <source>Sync tries again by itself.</source>
        <translation>同期は自動的に再試行します。</translation>
    </message>
</context>
<context>
    <name>SyncArea</name>
    <message>
        <source>Choose what to keep</source>
        <translation>残すものを選ぶ</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync with your other devices</source>
        <translation>他のデバイスと同期</translation>
    </message>
    <message>
        <source>Join the account of your other devices, create one on your own sync server, or skip this and set it up later in Preferences.</source>
        <translation>他のデバイスのアカウントに参加するか、自分の同期サーバーにアカウントを作成してください。スキップして後で環境設定から設定することもできます。</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Set up. First sync…</source>
        <translation>設定完了。最初の同期…</translation>
    </message>
    <message>
        <source>The first sync failed: {0} It goes on once the app runs.</source>
        <translation>最初の同期に失敗しました：{0} アプリの実行中に続行されます。</translation>
    </message>
    <message numerus="yes">
        <source>Synced: %Ln memory(ies) on this device.</source>
        <translation>
            <numerusform>同期済み：このデバイスに %Ln 件のメモリー。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>First sync: {0} of %Ln change(s) received</source>
        <translation>
            <numerusform>最初の同期：{0} / %Ln 件の変更を受信</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSetupForm</name>
    <message>
        <source>Join an existing sync account</source>
        <translation>既存の同期アカウントに参加</translation>
    </message>
    <message>
        <source>Create a new sync account (first device)</source>
        <translation>新しい同期アカウントを作成（最初のデバイス）</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>アカウント(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度(&amp;R)：</translation>
    </message>
    <message>
        <source>from the server&apos;s owner: memshadow-server invite</source>
        <translation>サーバーの管理者から：memshadow-server invite</translation>
    </message>
    <message>
        <source>&amp;Invite code:</source>
        <translation>招待コード(&amp;I)：</translation>
    </message>
    <message>
        <source>This &amp;device:</source>
        <translation>このデバイス(&amp;D)：</translation>
    </message>
    <message>
        <source>Create Account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>Join Account</source>
        <translation>アカウントに参加</translation>
    </message>
    <message>
        <source>The passphrase encrypts your memories before they leave this device; the server never sees it. Every device of the account needs it. It cannot be recovered: keep it somewhere safe.</source>
        <translation>パスフレーズはメモリーがこのデバイスを離れる前に暗号化します。サーバーがそれを見ることはありません。アカウントのすべてのデバイスで必要です。復元はできません：安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>Use the server, account and passphrase you chose on your first device. This device&apos;s memories join the account&apos;s.</source>
        <translation>最初のデバイスで選んだサーバー、アカウント、パスフレーズを使ってください。このデバイスのメモリーはアカウントのものに加わります。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, starting with https://</source>
        <translation>https:// で始まるサーバーのアドレスを入力してください</translation>
    </message>
    <message>
        <source>Enter the account&apos;s name.</source>
        <translation>アカウント名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the sync passphrase.</source>
        <translation>同期のパスフレーズを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>%n 文字以上のパスフレーズを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが異なります。</translation>
    </message>
    <message>
        <source>Give this device a name (for your other devices to show).</source>
        <translation>このデバイスに名前を付けてください（他のデバイスに表示されます）。</translation>
    </message>
    <message>
        <source>Setting up…</source>
        <translation>設定中…</translation>
    </message>
    <message>
        <source>Another account</source>
        <translation>別のアカウント</translation>
    </message>
    <message>
        <source>This vault synced with another account before. Join this one and send every memory to it?</source>
        <translation>この保管庫は以前に別のアカウントと同期していました。このアカウントに参加してすべてのメモリーを送信しますか？</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <source>Sync keeps your devices in step through a server you run yourself. Everything is encrypted on this device first: the server never sees a memory or the passphrase.</source>
        <translation>同期は、自分で運用するサーバーを通じてデバイスを一致させます。すべてはまずこのデバイスで暗号化されます：サーバーがメモリーやパスフレーズを見ることはありません。</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー：</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>アカウント：</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>このデバイス：</translation>
    </message>
    <message>
        <source>Waiting to go out:</source>
        <translation>送信待ち：</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>競合：</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Sign Out of Sync…</source>
        <translation>同期からサインアウト…</translation>
    </message>
    <message>
        <source>Signing out stops sync on this device; every memory stays in this vault. You can set sync up again at any time.</source>
        <translation>サインアウトするとこのデバイスの同期が止まります。すべてのメモリーはこの保管庫に残ります。同期はいつでも設定し直せます。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>同期を再開</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>同期を一時停止</translation>
    </message>
    <message>
        <source>Sign out of sync</source>
        <translation>同期からサインアウト</translation>
    </message>
    <message>
        <source>This device leaves the sync account: it stops sending and receiving changes, and the server forgets its access. Every memory stays in this vault. Sign out?</source>
        <translation>このデバイスは同期アカウントから離れます：変更の送受信をやめ、サーバーはそのアクセスを忘れます。すべてのメモリーはこの保管庫に残ります。サインアウトしますか？</translation>
    </message>
</context>
<context>
    <name>TagSuggestions</name>
    <message>
        <source>Suggested:</source>
        <translation>候補：</translation>
    </message>
    <message>
        <source>+ {0}  {1}%</source>
        <translation>+ {0}  {1}%</translation>
    </message>
    <message numerus="yes">
        <source>Add the tag “{0}” ({1}% confident; %Ln memory(ies) of the vault carry it)</source>
        <translation>
            <numerusform>タグ「{0}」を追加（確信度 {1}%、保管庫の %Ln 件のメモリーに付いています）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <source>Open MEMSHADOW</source>
        <translation>MEMSHADOW を開く</translation>
    </message>
    <message>
        <source>Sync Now</source>
        <translation>今すぐ同期</translation>
    </message>
    <message>
        <source>Pause Sync</source>
        <translation>同期を一時停止</translation>
    </message>
    <message>
        <source>For 1 Hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation>再開するまで</translation>
    </message>
    <message>
        <source>Resume Sync</source>
        <translation>同期を再開</translation>
    </message>
    <message>
        <source>Lock Vault</source>
        <translation>保管庫をロック</translation>
    </message>
    <message>
        <source>Unlock Vault…</source>
        <translation>保管庫のロックを解除…</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>環境設定…</translation>
    </message>
    <message>
        <source>Quit MEMSHADOW</source>
        <translation>MEMSHADOW を終了</translation>
    </message>
    <message>
        <source>Resolve {0}…</source>
        <translation>{0} を解決…</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Create your vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Create your MEMSHADOW vault</source>
        <translation>MEMSHADOW の保管庫を作成</translation>
    </message>
    <message>
        <source>Unlock your MEMSHADOW vault</source>
        <translation>MEMSHADOW の保管庫のロックを解除</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody (not even a sync server) can read them without your key.</source>
        <translation>メモリーはこのデバイスで暗号化されます。暗号化されずに外へ出るものはなく、鍵がなければ誰も（同期サーバーでさえ）読めません。</translation>
    </message>
    <message>
        <source>Enter the passphrase that protects this vault.</source>
        <translation>この保管庫を保護するパスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>保管庫：{0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>パスフレーズで保管庫の鍵を保護</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>保管庫の鍵をシステムのキーリングに保管（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度(&amp;R)：</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>パスフレーズを表示</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Protection in use: passphrase (Argon2id).</source>
        <translation>使用中の保護：パスフレーズ（Argon2id）。</translation>
    </message>
    <message>
        <source>The random vault key is stored in your system keyring; the vault opens when you log in. You can switch to a passphrase later.</source>
        <translation>ランダムな保管庫の鍵はシステムのキーリングに保管され、ログイン時に保管庫が開きます。後からパスフレーズに切り替えられます。</translation>
    </message>
    <message>
        <source>No system keyring is available, so the vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>システムのキーリングがないため、保管庫の鍵はパスフレーズで保護されます（Argon2id）。忘れたパスフレーズを復元する方法はありません。</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase (Argon2id). There is no way to recover a forgotten passphrase.</source>
        <translation>保管庫の鍵はパスフレーズで保護されています（Argon2id）。忘れたパスフレーズを復元する方法はありません。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>ロック解除中…</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>%n 文字以上のパスフレーズを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが異なります。</translation>
    </message>
</context>
<context>
    <name>VaultPage</name>
    <message>
        <source>Create your vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Your memories are encrypted on this device. Nothing leaves it unencrypted, and nobody, not even a sync server, can read them without your key.</source>
        <translation>メモリーはこのデバイスで暗号化されます。暗号化されずに外へ出るものはなく、鍵がなければ誰も、同期サーバーでさえ読めません。</translation>
    </message>
    <message>
        <source>Create Vault</source>
        <translation>保管庫を作成</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>保管庫：{0}</translation>
    </message>
    <message>
        <source>Protect the vault key with a passphrase</source>
        <translation>パスフレーズで保管庫の鍵を保護</translation>
    </message>
    <message>
        <source>Keep the vault key in the system keyring ({0})</source>
        <translation>保管庫の鍵をシステムのキーリングに保管（{0}）</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>%n 文字以上</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n character(s).</source>
        <translation>
            <numerusform>%n 文字以上のパスフレーズを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>もう一度(&amp;R)：</translation>
    </message>
    <message>
        <source>The random vault key goes to your system keyring: the vault opens when you log in. You can choose a passphrase instead later, in Preferences.</source>
        <translation>ランダムな保管庫の鍵はシステムのキーリングに入り、ログイン時に保管庫が開きます。後から環境設定で代わりにパスフレーズを選べます。</translation>
    </message>
    <message>
        <source>There is no way to recover a forgotten passphrase: keep it somewhere safe.</source>
        <translation>忘れたパスフレーズを復元する方法はありません：安全な場所に保管してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが異なります。</translation>
    </message>
</context>
<context>
    <name>VaultStatusBar</name>
    <message>
        <source>Vault: {0}</source>
        <translation>保管庫：{0}</translation>
    </message>
    <message>
        <source>Passphrase (Argon2id)</source>
        <translation>パスフレーズ（Argon2id）</translation>
    </message>
    <message>
        <source>System keyring</source>
        <translation>システムのキーリング</translation>
    </message>
    <message>
        <source>The vault key is protected by your passphrase</source>
        <translation>保管庫の鍵はパスフレーズで保護されています</translation>
    </message>
    <message>
        <source>The vault key is kept in the system keyring</source>
        <translation>保管庫の鍵はシステムのキーリングにあります</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln memory(ies)</source>
        <translation>
            <numerusform>メモリー %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in trash</source>
        <translation>
            <numerusform>ゴミ箱 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln revision(s) in all</source>
        <translation>
            <numerusform>合計 %Ln リビジョン</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>Write a new memory (Ctrl+N)</source>
        <translation>新しいメモリーを書く（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save a new revision (Ctrl+S)</source>
        <translation>新しいリビジョンを保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>ゴミ箱へ移動(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>履歴(&amp;H)</translation>
    </message>
    <message>
        <source>Show or hide the history of the memory</source>
        <translation>メモリーの履歴を表示・非表示</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>フォルダーをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Import the .md and .txt notes of a folder</source>
        <translation>フォルダー内の .md と .txt のノートをインポート</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>ウィンドウを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>Show &amp;Trash</source>
        <translation>ゴミ箱を表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Hardware Dashboard…</source>
        <translation>ハードウェア ダッシュボード(&amp;H)…</translation>
    </message>
    <message>
        <source>The system, the accelerators, the model in use and a benchmark</source>
        <translation>システム、アクセラレーター、使用中のモデル、ベンチマーク</translation>
    </message>
    <message>
        <source>Sync &amp;Now</source>
        <translation>今すぐ同期(&amp;N)</translation>
    </message>
    <message>
        <source>Send and receive changes now</source>
        <translation>今すぐ変更を送受信</translation>
    </message>
    <message>
        <source>Resolve &amp;Conflicts…</source>
        <translation>競合を解決(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Lock Vault</source>
        <translation>保管庫をロック(&amp;L)</translation>
    </message>
    <message>
        <source>Hide every memory until the vault is unlocked again</source>
        <translation>保管庫のロックを再び解除するまで、すべてのメモリーを隠す</translation>
    </message>
    <message>
        <source>&amp;Quit MEMSHADOW</source>
        <translation>MEMSHADOW を終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About MEMSHADOW</source>
        <translation>MEMSHADOW について(&amp;A)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同期(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>About MEMSHADOW</source>
        <translation>MEMSHADOW について</translation>
    </message>
    <message>
        <source>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;Your memories, encrypted on this device.</source>
        <translation>&lt;b&gt;MEMSHADOW Desktop&lt;/b&gt; {0}&lt;br&gt;あなたのメモリーを、このデバイスで暗号化。</translation>
    </message>
</context>
</TS>
