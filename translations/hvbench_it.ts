<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../ui/pages/benchmarksuiteform.cpp" line="+56"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
</context>
<context>
    <name>hvbench::AgentProtocol</name>
    <message>
        <location filename="../core/guest/agentprotocol.cpp" line="+34"/>
        <source>The agent sent something that is not a protocol message: &quot;%1&quot;</source>
        <translation>L&apos;agente ha inviato qualcosa che non è un messaggio del protocollo: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent sent a message without a &quot;type&quot;: &quot;%1&quot;</source>
        <translation>L&apos;agente ha inviato un messaggio senza &quot;type&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent sent a message without a protocol version: &quot;%1&quot;</source>
        <translation>L&apos;agente ha inviato un messaggio senza versione del protocollo: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent speaks protocol %1, this hvbench speaks %2: rebuild the guest image with this version&apos;s agent.</source>
        <translation>L&apos;agente parla il protocollo %1, questo hvbench il %2: ricostruisci l&apos;immagine guest con l&apos;agente di questa versione.</translation>
    </message>
</context>
<context>
    <name>hvbench::BaselineNetns</name>
    <message>
        <location filename="../core/run/baselinenetns.cpp" line="+170"/>
        <source>The bare-metal baseline runs in a network namespace whose veth pair is attached to the same bridge as the guests: its iperf3 traffic crosses veth → bridge → host stack, as a guest&apos;s crosses tap → bridge → host stack, instead of the shorter loopback path.</source>
        <translation>La baseline bare metal gira in un namespace di rete la cui coppia veth è collegata allo stesso bridge dei guest: il suo traffico iperf3 attraversa veth → bridge → stack dell&apos;host, come quello di un guest attraversa tap → bridge → stack dell&apos;host, invece del percorso più breve di loopback.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The baseline network namespace %1 already exists; remove it first.</source>
        <translation>Il namespace di rete della baseline %1 esiste già: rimuovilo prima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bare-metal network baseline needs root: its network namespace and veth pair can only be made by root. Run hvbench as root, or leave the bare-metal baseline out of network benchmarks.</source>
        <translation>La baseline di rete bare metal richiede root: il suo namespace di rete e la coppia veth possono essere creati solo da root. Avvia hvbench come root, oppure escludi la baseline bare metal dai benchmark di rete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot name a network namespace (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; only).</source>
        <translation>&quot;%1&quot; non può essere il nome di un namespace di rete (solo lettere, cifre, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bridge &quot;%1&quot; of the run&apos;s network does not exist on this computer.</source>
        <translation>Il bridge &quot;%1&quot; della rete dell&apos;esecuzione non esiste su questo computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1/%2 is not a usable IPv4 address for the baseline namespace.</source>
        <translation>%1/%2 non è un indirizzo IPv4 utilizzabile per il namespace della baseline.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A network namespace named %1 already exists; hvbench leaves it alone.</source>
        <translation>Esiste già un namespace di rete chiamato %1; hvbench non lo tocca.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A network interface named %1 already exists; hvbench leaves it alone.</source>
        <translation>Esiste già un&apos;interfaccia di rete chiamata %1; hvbench non la tocca.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create %1 for the namespace&apos;s owner mark.</source>
        <translation>Impossibile creare %1 per il contrassegno di proprietà del namespace.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the namespace&apos;s owner mark %1: %2</source>
        <translation>Impossibile scrivere il contrassegno di proprietà del namespace %1: %2</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>cannot run ip (%1); install iproute2</source>
        <translation>impossibile eseguire ip (%1); installa iproute2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ip did not finish within %1 s</source>
        <translation>ip non è terminato entro %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+100"/>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>&quot;%1&quot; non riuscito: %2</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+19"/>
        <source>Namespace %1 or interface %2 is still there after removal.</source>
        <translation>Il namespace %1 o l&apos;interfaccia %2 esiste ancora dopo la rimozione.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Could not undo everything: namespace %1 or interface %2 is still there (hvbench-cli cleanup removes it later).</source>
        <translation>Impossibile annullare tutto: il namespace %1 o l&apos;interfaccia %2 esiste ancora (hvbench-cli cleanup lo rimuoverà in seguito).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 is not an hvbench network namespace name; left alone.</source>
        <translation>%1 non è un nome di namespace di rete di hvbench; lasciato com&apos;è.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Network namespace %1 has no hvbench owner mark (%2); it is not hvbench&apos;s and was left alone.</source>
        <translation>Il namespace di rete %1 non ha il contrassegno di proprietà di hvbench (%2): non è di hvbench ed è stato lasciato com&apos;è.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network namespace %1 belongs to hvbench process %2 on %3, which still runs; left alone.</source>
        <translation>Il namespace di rete %1 appartiene al processo hvbench %2 su %3, che è ancora in esecuzione; lasciato com&apos;è.</translation>
    </message>
</context>
<context>
    <name>hvbench::BenchChart</name>
    <message>
        <location filename="../ui/charts/benchchart.cpp" line="+110"/>
        <source>Concurrent VMs [count]; dashed: bare metal; whiskers: 95 % CI</source>
        <translation>VM concorrenti [numero]; tratteggio: bare metal; baffi: IC 95 %</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Configuration × concurrent VMs</source>
        <translation>Configurazione × VM concorrenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration, 1 VM</source>
        <translation>Configurazione, 1 VM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Configuration, %1 concurrent VMs</source>
        <translation>Configurazione, %1 VM concorrenti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (bare metal: the host alone)</source>
        <translation> (bare metal: l&apos;host da solo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — whiskers: 95 % CI</source>
        <translation> — baffi: IC 95 %</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>@value %</source>
        <translation>@value %</translation>
    </message>
</context>
<context>
    <name>hvbench::BenchJob</name>
    <message>
        <location filename="../core/run/benchjob.cpp" line="+147"/>
        <source>get an IPv4 address on eth0</source>
        <translation>ottenere un indirizzo IPv4 su eth0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make the folder %1 and drop the page cache</source>
        <translation>creare la cartella %1 e svuotare la page cache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drop the page cache</source>
        <translation>svuotare la page cache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>make bonnie++&apos;s folder %1 and drop the page cache</source>
        <translation>creare la cartella di bonnie++ %1 e svuotare la page cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>make and mount a file system on the data disk %1</source>
        <translation>creare e montare un file system sul disco dati %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>clean up after bonnie++</source>
        <translation>fare pulizia dopo bonnie++</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove fio&apos;s file</source>
        <translation>rimuovere il file di fio</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 could not %2 (%3 exited with %4): %5</source>
        <translation>%1 non è riuscito a %2 (%3 è uscito con %4): %5</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 answered with a different workload than asked (%2, %3 digits; asked pi, %4 digits).</source>
        <translation>%1 ha risposto con un carico di lavoro diverso da quello richiesto (%2, %3 cifre; richiesto pi, %4 cifre).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 did not finish in time and was stopped.</source>
        <translation>%1: %2 non è terminato in tempo ed è stato fermato.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>7-Zip copy %1 of %2 failed: %3</source>
        <translation>Copia %1 di %2 di 7-Zip non riuscita: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>7-Zip copy %1 of %2: %3</source>
        <translation>7-Zip, copia %1 di %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the external score command %2 exited with %3: %4</source>
        <translation>%1: il comando di punteggio esterno %2 è uscito con %3: %4</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location line="-281"/>
        <source>  (%1 copies at once)</source>
        <translation>  (%1 copie contemporaneamente)</translation>
    </message>
</context>
<context>
    <name>hvbench::BenchTableModel</name>
    <message>
        <location filename="../core/analysis/benchtablemodel.cpp" line="+69"/>
        <location line="+8"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure (unit)</source>
        <translation>Misura (unità)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean per guest</source>
        <translation>Media per guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregate (all guests)</source>
        <translation>Aggregato (tutti i guest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% loss</source>
        <translation>% di perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % CI (% loss)</source>
        <translation>IC 95 % (% di perdita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jain index</source>
        <translation>Indice di Jain</translation>
    </message>
</context>
<context>
    <name>hvbench::Benchmark</name>
    <message>
        <location filename="../core/model/benchmark.cpp" line="+52"/>
        <source>PI fairness (cycles)</source>
        <translation>Equità PI (cicli)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU score (7-Zip, one copy per vCPU)</source>
        <translation>Punteggio CPU (7-Zip, una copia per vCPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>External CPU score</source>
        <translation>Punteggio CPU esterno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network out (iperf3, guest → host)</source>
        <translation>Rete in uscita (iperf3, guest → host)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network in (iperf3 -R, host → guest)</source>
        <translation>Rete in entrata (iperf3 -R, host → guest)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk (fio)</source>
        <translation>Disco (fio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk (bonnie++)</source>
        <translation>Disco (bonnie++)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No benchmark is selected.</source>
        <translation>Nessun benchmark selezionato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PI digits must be between 10 and 1000000 (is %1).</source>
        <translation>Le cifre di PI devono essere tra 10 e 1000000 (sono %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7-Zip iterations must be between 1 and 100 (is %1).</source>
        <translation>Le iterazioni di 7-Zip devono essere tra 1 e 100 (sono %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 7-Zip dictionary must be 2^10 … 2^30 bytes (is 2^%1).</source>
        <translation>Il dizionario di 7-Zip deve essere di 2^10 … 2^30 byte (è 2^%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The external score needs a command to run.</source>
        <translation>Il punteggio esterno richiede un comando da eseguire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The external score needs either a JSON path or a regular expression (exactly one) to read the score from the command&apos;s output.</source>
        <translation>Il punteggio esterno richiede un percorso JSON oppure un&apos;espressione regolare (esattamente uno dei due) per leggere il punteggio dall&apos;output del comando.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The external score&apos;s regular expression is invalid: %1.</source>
        <translation>L&apos;espressione regolare del punteggio esterno non è valida: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The external score&apos;s regular expression must have exactly one capture group (the score); it has %1.</source>
        <translation>L&apos;espressione regolare del punteggio esterno deve avere esattamente un gruppo di cattura (il punteggio); ne ha %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The external score needs a unit (e.g. HS06).</source>
        <translation>Il punteggio esterno richiede un&apos;unità (ad es. HS06).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The iperf3 duration must be between 1 s and 1 day (is %1 s).</source>
        <translation>La durata di iperf3 deve essere tra 1 s e 1 giorno (è %1 s).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iperf3 streams must be between 1 and 128 (is %1).</source>
        <translation>I flussi di iperf3 devono essere tra 1 e 128 (sono %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The iperf3 warm-up (%1 s) must be shorter than the duration (%2 s).</source>
        <translation>Il riscaldamento di iperf3 (%1 s) deve essere più breve della durata (%2 s).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The iperf3 window &quot;%1&quot; is not a size like 256K or 4M.</source>
        <translation>La finestra di iperf3 &quot;%1&quot; non è una dimensione come 256K o 4M.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk data-set sizes and runtimes must not be negative.</source>
        <translation>Le dimensioni dei dati e le durate dei test su disco non possono essere negative.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fio I/O depth must be between 1 and 1024 (is %1).</source>
        <translation>La profondità di I/O di fio deve essere tra 1 e 1024 (è %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fio block sizes must be at least 1 KiB.</source>
        <translation>I blocchi di fio devono essere di almeno 1 KiB.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>benchmarks</source>
        <translation>benchmarks</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>benchmarks: unknown benchmark &quot;%1&quot;.</source>
        <translation>benchmarks: benchmark sconosciuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>benchmarks.cpu_score</source>
        <translation>benchmarks.cpu_score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>benchmarks.external_score</source>
        <translation>benchmarks.external_score</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>benchmarks.iperf3</source>
        <translation>benchmarks.iperf3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>benchmarks.fio</source>
        <translation>benchmarks.fio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>benchmarks.bonnie</source>
        <translation>benchmarks.bonnie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>workload</source>
        <translation>workload</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown workload &quot;%1&quot;.</source>
        <translation>Carico di lavoro sconosciuto &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>hvbench::BenchmarkSuiteForm</name>
    <message>
        <location filename="../ui/pages/benchmarksuiteform.cpp" line="+7"/>
        <source>Benchmarks</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the benchmarks the matrix runs; select one to edit its parameters.</source>
        <translation>Spunta i benchmark che la matrice esegue; selezionane uno per modificarne i parametri.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Benchmark selection problem</source>
        <translation>Problema nella selezione dei benchmark</translation>
    </message>
    <message>
        <location line="+30"/>
        <source> digits</source>
        <translation> cifre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PI digits</source>
        <translation>Cifre di PI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent default (80 000 digits)</source>
        <translation>predefinito dell&apos;agente (80 000 cifre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Digits (0 = default):</source>
        <translation>&amp;Cifre (0 = predefinito):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Iterations (7zz b N):</source>
        <translation>&amp;Iterazioni (7zz b N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-Zip iterations</source>
        <translation>Iterazioni di 7-Zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (-md%2)</source>
        <translation>%1 (-md%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-Zip dictionary size</source>
        <translation>Dimensione del dizionario di 7-Zip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Di&amp;ctionary (bytes):</source>
        <translation>&amp;Dizionario (byte):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>External score command</source>
        <translation>Comando del punteggio esterno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. /opt/hs06/runspec --json</source>
        <translation>ad es. /opt/hs06/runspec --json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run as it is in every guest and on bare metal, no shell; quote arguments with spaces.</source>
        <translation>Eseguito così com&apos;è in ogni guest e su bare metal, senza shell; metti tra virgolette gli argomenti con spazi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mmand:</source>
        <translation>Co&amp;mando:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON path of the score</source>
        <translation>Percorso JSON del punteggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. results.score — or leave empty and give a regex</source>
        <translation>ad es. results.score — oppure lascia vuoto e indica una regex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON path:</source>
        <translation>Percorso &amp;JSON:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression of the score</source>
        <translation>Espressione regolare del punteggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Score: ([0-9.]+) — one capture group</source>
        <translation>ad es. Score: ([0-9.]+) — un gruppo di cattura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regex:</source>
        <translation>&amp;Regex:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of the score</source>
        <translation>Unità del punteggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. HS06</source>
        <translation>ad es. HS06</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unità:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>higher is better</source>
        <translation>più alto è meglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lower is better</source>
        <translation>più basso è meglio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction of the score</source>
        <translation>Direzione del punteggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Di&amp;rection:</source>
        <translation>Dire&amp;zione:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network in (iperf3 -R) runs with the parameters of network out: select network out to edit them.</source>
        <translation>Rete in entrata (iperf3 -R) usa i parametri di rete in uscita: seleziona rete in uscita per modificarli.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Duration (-t, s):</source>
        <translation>&amp;Durata (-t, s):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <location line="+11"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>iperf3 duration in seconds</source>
        <translation>Durata di iperf3 in secondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iperf3 window</source>
        <translation>Finestra di iperf3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kernel default</source>
        <translation>predefinita del kernel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Socket buffer size (-w), e.g. 256K or 4M; empty = the kernel&apos;s default.</source>
        <translation>Dimensione del buffer del socket (-w), ad es. 256K o 4M; vuoto = il valore predefinito del kernel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Window (-w, bytes, K/M/G):</source>
        <translation>&amp;Finestra (-w, byte, K/M/G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Streams (-P):</source>
        <translation>F&amp;lussi (-P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iperf3 streams</source>
        <translation>Flussi di iperf3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warm-up not counted (-O, s):</source>
        <translation>Ris&amp;caldamento non conteggiato (-O, s):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iperf3 omitted seconds</source>
        <translation>Secondi omessi da iperf3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network in (iperf3 -R) uses these parameters too.</source>
        <translation>Anche rete in entrata (iperf3 -R) usa questi parametri.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>fio data set in MiB</source>
        <translation>Dati di fio in MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>2 × the guest&apos;s RAM</source>
        <translation>2 × la RAM del guest</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Data &amp;set per guest (MiB):</source>
        <translation>Dati per &amp;guest (MiB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fio runtime cap in seconds</source>
        <translation>Limite di durata di fio in secondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one pass over the data set</source>
        <translation>un passaggio sui dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run&amp;time cap per job (s):</source>
        <translation>Limite di &amp;tempo per job (s):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O &amp;depth (random jobs):</source>
        <translation>&amp;Profondità di I/O (job casuali):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fio I/O depth</source>
        <translation>Profondità di I/O di fio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;quential block (KiB):</source>
        <translation>Blocco se&amp;quenziale (KiB):</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>fio sequential block size in KiB</source>
        <translation>Dimensione del blocco sequenziale di fio in KiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ra&amp;ndom block (KiB):</source>
        <translation>Blocco casu&amp;ale (KiB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fio random block size in KiB</source>
        <translation>Dimensione del blocco casuale di fio in KiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bonnie++ data set in MiB</source>
        <translation>Dati di bonnie++ in MiB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data &amp;set per guest (-s, MiB):</source>
        <translation>Dati per &amp;guest (-s, MiB):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with %1</source>
        <translation>Problema con %1</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1 — check its parameters</source>
        <translation>%1 — controlla i suoi parametri</translation>
    </message>
</context>
<context>
    <name>hvbench::CellPlan</name>
    <message>
        <location filename="../core/run/cellplan.cpp" line="+23"/>
        <source>the bundled guest has no %1: rebuild it (cmake --build build/dev --target guest).</source>
        <translation>il guest incluso non ha %1: ricostruiscilo (cmake --build build/dev --target guest).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iperf3 needs the isolated network (the spec uses QEMU user-mode networking, whose slirp stack would be measured instead of the NIC): choose the isolated network.</source>
        <translation>iperf3 richiede la rete isolata (la specifica usa la rete user-mode di QEMU, e si misurerebbe il suo stack slirp invece della scheda di rete): scegli la rete isolata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 needs a data disk: give the spec a file, LVM or block-device data disk.</source>
        <translation>%1 richiede un disco dati: assegna alla specifica un disco dati su file, LVM o dispositivo a blocchi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the data set (%1 MiB) does not fit on the %2 MiB data disk: make the disk larger or the data set smaller.</source>
        <translation>i dati del test (%1 MiB) non entrano nel disco dati da %2 MiB: ingrandisci il disco o riduci i dati del test.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bonnie++ refuses a data set (%1 MiB) smaller than twice the guest&apos;s RAM (%2 MiB).</source>
        <translation>bonnie++ rifiuta dati di test (%1 MiB) inferiori al doppio della RAM del guest (%2 MiB).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the bare-metal network baseline runs in a network namespace attached to the run&apos;s bridge, which needs the libvirt host to be this machine.</source>
        <translation>la baseline di rete bare metal gira in un namespace di rete collegato al bridge dell&apos;esecuzione, quindi l&apos;host libvirt deve essere questa macchina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bare-metal network baseline needs root (it makes a network namespace and a veth pair into the run&apos;s bridge).</source>
        <translation>la baseline di rete bare metal richiede root (crea un namespace di rete e una coppia veth verso il bridge dell&apos;esecuzione).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bare-metal network baseline needs a libvirt host for the run&apos;s isolated network.</source>
        <translation>la baseline di rete bare metal richiede un host libvirt per la rete isolata dell&apos;esecuzione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bonnie++ refuses a data set (%1 MiB) smaller than twice the RAM given to it (%2 MiB).</source>
        <translation>bonnie++ rifiuta dati di test (%1 MiB) inferiori al doppio della RAM assegnatagli (%2 MiB).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Skipped %1 in %2: %3</source>
        <translation>Saltato %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped %1: %2</source>
        <translation>Saltato %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>not connected to a libvirt host.</source>
        <translation>non connesso a un host libvirt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>one block device (%1) cannot be the data disk of %2 concurrent VMs: use a file or LVM data disk.</source>
        <translation>un solo dispositivo a blocchi (%1) non può essere il disco dati di %2 VM concorrenti: usa un disco dati su file o LVM.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the fio data set (%2 MiB) is less than twice the guest&apos;s RAM (%3 MiB); fio uses direct I/O, but the paper&apos;s rule is a data set ≥ 2× RAM.</source>
        <translation>%1: i dati di fio (%2 MiB) sono meno del doppio della RAM del guest (%3 MiB); fio usa l&apos;I/O diretto, ma la regola dell&apos;articolo è dati ≥ 2× RAM.</translation>
    </message>
</context>
<context>
    <name>hvbench::CellProgress</name>
    <message>
        <location filename="../core/run/cellprogressmodel.cpp" line="+12"/>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>completata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped</source>
        <translation>saltata</translation>
    </message>
</context>
<context>
    <name>hvbench::CellProgressModel</name>
    <message>
        <location line="+75"/>
        <source>Cell</source>
        <translation>Cella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounds done / planned</source>
        <translation>Round completati / pianificati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>hvbench::ChartExport</name>
    <message>
        <location filename="../ui/charts/chartexport.cpp" line="+27"/>
        <source>Nothing to export: no chart or an empty image size.</source>
        <translation>Niente da esportare: nessun grafico o dimensione dell&apos;immagine nulla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not render the chart to an image.</source>
        <translation>Impossibile disegnare il grafico in un&apos;immagine.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Cannot write the image &quot;%1&quot;: %2. Choose another folder.</source>
        <translation>Impossibile scrivere l&apos;immagine &quot;%1&quot;: %2. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../ui/charts/chartimage.cpp" line="+177"/>
        <source>Could not encode the PNG image &quot;%1&quot;.</source>
        <translation>Impossibile codificare l&apos;immagine PNG &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Cannot create the folder &quot;%1&quot;. Choose another folder.</source>
        <translation>Impossibile creare la cartella &quot;%1&quot;. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The chart &quot;%1&quot; is missing.</source>
        <translation>Manca il grafico &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not render the chart &quot;%1&quot; as PNG.</source>
        <translation>Impossibile disegnare il grafico &quot;%1&quot; in PNG.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not render the chart &quot;%1&quot; as SVG.</source>
        <translation>Impossibile disegnare il grafico &quot;%1&quot; in SVG.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot write &quot;%1&quot;: %2. Choose another folder.</source>
        <translation>Impossibile scrivere &quot;%1&quot;: %2. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location filename="../ui/charts/chartimage.cpp" line="-118"/>
        <source>Nothing to export: no chart, or an empty image size.</source>
        <translation>Niente da esportare: nessun grafico, o dimensione dell&apos;immagine nulla.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Cannot write the %1 &quot;%2&quot;: %3. Choose another folder.</source>
        <translation>Impossibile scrivere %1 &quot;%2&quot;: %3. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Chart exported by hvbench %1</source>
        <translation>Grafico esportato da hvbench %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not render the chart to a %1x%2 image (out of memory?).</source>
        <translation>Impossibile disegnare il grafico in un&apos;immagine %1x%2 (memoria esaurita?).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>image</source>
        <translation>l&apos;immagine</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not render the chart as SVG.</source>
        <translation>Impossibile disegnare il grafico in SVG.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG file</source>
        <translation>il file SVG</translation>
    </message>
</context>
<context>
    <name>hvbench::ChartView</name>
    <message>
        <location filename="../ui/charts/chartview.cpp" line="+174"/>
        <source>Configuration × concurrent VMs</source>
        <translation>Configurazione × VM concorrenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration × concurrent VMs — whiskers: 95 % CI</source>
        <translation>Configurazione × VM concorrenti — baffi: IC 95 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>% loss vs bare metal</source>
        <translation>% di perdita rispetto al bare metal</translation>
    </message>
</context>
<context>
    <name>hvbench::CleanupCommand</name>
    <message>
        <location filename="../app/cli/cleanupcommand.cpp" line="+26"/>
        <source> in pool %1</source>
        <translation> nel pool %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing to clean up on %1: no leftovers of hvbench.</source>
        <translation>Niente da ripulire su %1: nessun residuo di hvbench.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Leftovers of hvbench processes that no longer run, on %1:</source>
        <translation>Residui di processi hvbench non più in esecuzione, su %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network namespace %1 (bare-metal network baseline, on this machine)</source>
        <translation>namespace di rete %1 (baseline di rete bare metal, su questa macchina)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Remove %n object(s)? [y/N] </source>
        <translation>
            <numerusform>Rimuovere %n oggetto? [s/N] </numerusform>
            <numerusform>Rimuovere %n oggetti? [s/N] </numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing removed.</source>
        <translation>Nulla è stato rimosso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed %1 %2</source>
        <translation>Rimosso %1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed network namespace %1</source>
        <translation>Rimosso il namespace di rete %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n object(s) could not be removed.</source>
        <translation>
            <numerusform>%n oggetto non è stato rimosso.</numerusform>
            <numerusform>%n oggetti non sono stati rimossi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::CompareChart</name>
    <message>
        <location filename="../ui/charts/comparechart.cpp" line="+27"/>
        <source>Comparison chart: % loss per session</source>
        <translation>Grafico di confronto: % di perdita per sessione</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>% loss vs bare metal per session</source>
        <translation>% di perdita rispetto al bare metal per sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2: % loss vs bare metal per session</source>
        <translation>%1 — %2: % di perdita rispetto al bare metal per sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a session file or the paper&apos;s reference</source>
        <translation>Aggiungi un file di sessione o il riferimento dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to compare for this figure yet:
only bare-metal rows</source>
        <translation>Ancora niente da confrontare per questa figura:
solo righe bare metal</translation>
    </message>
</context>
<context>
    <name>hvbench::ComparePage</name>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="+28"/>
        <source>Add the paper&apos;s &amp;reference (2009)</source>
        <translation>Aggiungi il &amp;riferimento dell&apos;articolo (2009)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>Rimuo&amp;vi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Aggiungi sessione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add session files</source>
        <translation>Aggiungi file di sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open one or more saved .hvbench sessions and put them side by side</source>
        <translation>Apri una o più sessioni .hvbench salvate e mettile a confronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the paper&apos;s reference</source>
        <translation>Aggiungi il riferimento dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The % loss published by Chierici, Veraldi and Salomoni (2009): Table I (HEP-SPEC06, 8 VMs) and the PI test of §6.3</source>
        <translation>La % di perdita pubblicata da Chierici, Veraldi e Salomoni (2009): Tabella I (HEP-SPEC06, 8 VM) e il test PI del §6.3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove a session from the comparison</source>
        <translation>Rimuovi una sessione dal confronto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+207"/>
        <source>Export the comparison as CSV</source>
        <translation>Esporta il confronto in CSV</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The aligned table: one row per benchmark, figure, configuration and VM count; per session mean, % loss, its 95 % CI and n (empty where a session has no figure)</source>
        <translation>La tabella allineata: una riga per benchmark, misura, configurazione e numero di VM; per ogni sessione media, % di perdita, il suo IC 95 % e n (vuoto dove una sessione non ha la misura)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Figure to chart</source>
        <translation>Figura da rappresentare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chart &amp;figure:</source>
        <translation>&amp;Figura del grafico:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compare error</source>
        <translation>Errore del confronto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About the paper&apos;s reference</source>
        <translation>Informazioni sul riferimento dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aligned results of every session</source>
        <translation>Risultati allineati di ogni sessione</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 is already in the comparison.</source>
        <translation>%1 è già nel confronto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not add %1 to the comparison: %2</source>
        <translation>Impossibile aggiungere %1 al confronto: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not load the paper&apos;s reference: %1</source>
        <translation>Impossibile caricare il riferimento dell&apos;articolo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper (2009)</source>
        <translation>Articolo (2009)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Published, not measured.&lt;/b&gt; %1 — %2; %3; guests %4; %5.&lt;br&gt;Its CPU figure is &lt;b&gt;HEP-SPEC06&lt;/b&gt;; hvbench&apos;s CPU score is &lt;b&gt;7-Zip&lt;/b&gt;, not HEP-SPEC06: compare the &lt;b&gt;% loss&lt;/b&gt; against bare metal, never the absolute scores. “E5410 vs E5420” is the paper&apos;s yardstick: a physical CPU one clock tick slower, no hypervisor. PI figures are the text&apos;s approximate statements (“about 2 %”). Paper rows join your rows of the same VM count and hypervisor kind (KVM and QEMU → kvm, Xen PV → xen-para, Xen HVM → xen-hvm).</source>
        <translation>&lt;b&gt;Pubblicato, non misurato.&lt;/b&gt; %1 — %2; %3; guest %4; %5.&lt;br&gt;La sua misura della CPU è &lt;b&gt;HEP-SPEC06&lt;/b&gt;; il punteggio CPU di hvbench è &lt;b&gt;7-Zip&lt;/b&gt;, non HEP-SPEC06: confronta la &lt;b&gt;% di perdita&lt;/b&gt; rispetto al bare metal, mai i punteggi assoluti. “E5410 vs E5420” è il metro di paragone dell&apos;articolo: una CPU fisica più lenta di un passo di clock, senza hypervisor. I valori PI sono le affermazioni approssimate del testo (“circa il 2 %”). Le righe dell&apos;articolo si affiancano alle tue righe con lo stesso numero di VM e tipo di hypervisor (KVM e QEMU → kvm, Xen PV → xen-para, Xen HVM → xen-hvm).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This session</source>
        <translation>Questa sessione</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add sessions to the comparison</source>
        <translation>Aggiungi sessioni al confronto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hvbench sessions (*.hvbench);;All files (*)</source>
        <translation>Sessioni hvbench (*.hvbench);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not export the comparison: %1</source>
        <translation>Impossibile esportare il confronto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>⚠ %1: QEMU/TCG software emulation (no KVM) — VM figures measure the emulator</source>
        <translation>⚠ %1: emulazione software QEMU/TCG (niente KVM) — i valori delle VM misurano l&apos;emulatore</translation>
    </message>
</context>
<context>
    <name>hvbench::Comparison</name>
    <message>
        <location filename="../core/analysis/comparison.cpp" line="+76"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2
%3</source>
        <translation>%1: %2
%3</translation>
    </message>
</context>
<context>
    <name>hvbench::ComparisonModel</name>
    <message>
        <location filename="../core/analysis/comparisonmodel.cpp" line="+16"/>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xen PV</source>
        <translation>Xen PV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xen HVM</source>
        <translation>Xen HVM</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Published by the paper, not measured: % loss only.</source>
        <translation>Pubblicato dall&apos;articolo, non misurato: solo % di perdita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hypervisor (paper&apos;s kind)</source>
        <translation>Hypervisor (tipo dell&apos;articolo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
mean per guest (unit)</source>
        <translation>%1
media per guest (unità)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
% loss</source>
        <translation>%1
% di perdita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
95 % CI (% loss)</source>
        <translation>%1
IC 95 % (% di perdita)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
n (runs)</source>
        <translation>%1
n (esecuzioni)</translation>
    </message>
</context>
<context>
    <name>hvbench::Connection</name>
    <message>
        <location filename="../core/virt/openconnection.cpp" line="+135"/>
        <source>no details from libvirt</source>
        <translation>nessun dettaglio da libvirt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nobody answered the password prompt for %1 in time: connect again to retry.</source>
        <translation>Nessuno ha risposto in tempo alla richiesta della password per %1: connettiti di nuovo per riprovare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1 was cancelled: no user name or password was given.</source>
        <translation>La connessione a %1 è stata annullata: non è stato fornito né un nome utente né una password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 asks for a user name or password, and none can be asked for here: connect from the hvbench window, or configure the credentials in libvirt&apos;s auth.conf.</source>
        <translation>%1 chiede un nome utente o una password, e qui non è possibile chiederli: connettiti dalla finestra di hvbench oppure configura le credenziali nel file auth.conf di libvirt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Authentication to %1 failed with the password stored in the keychain (%2): it was forgotten for now; connect again and type the current password.</source>
        <translation>Autenticazione su %1 non riuscita con la password salvata nel portachiavi (%2): per ora è stata dimenticata; connettiti di nuovo e digita la password attuale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication to %1 failed (%2): check the user name and password.</source>
        <translation>Autenticazione su %1 non riuscita (%2): controlla nome utente e password.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host in %1 cannot be found (%2): check the host name and your DNS.</source>
        <translation>Impossibile trovare l&apos;host in %1 (%2): controlla il nome host e il DNS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This libvirt cannot open %1 (%2): install the libvirt driver or client tool it needs (e.g. libvirt-daemon-driver-qemu, openssh-client).</source>
        <translation>Questo libvirt non può aprire %1 (%2): installa il driver libvirt o lo strumento client necessario (ad es. libvirt-daemon-driver-qemu, openssh-client).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No libvirt daemon answers for %1 (%2): start libvirtd on that host (on this computer: scripts/ensure-libvirtd.sh).</source>
        <translation>Nessun demone libvirt risponde per %1 (%2): avvia libvirtd su quell&apos;host (su questo computer: scripts/ensure-libvirtd.sh).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot connect to %1: %2.</source>
        <translation>Impossibile connettersi a %1: %2.</translation>
    </message>
</context>
<context>
    <name>hvbench::ConnectionDialog</name>
    <message>
        <location filename="../ui/dialogs/connectiondialog.cpp" line="+49"/>
        <source>Edit connection</source>
        <translation>Modifica connessione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add connection</source>
        <translation>Aggiungi connessione</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. node7</source>
        <translation>ad es. node7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name problem</source>
        <translation>Problema nel nome</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hypervisor:</source>
        <translation>&amp;Hypervisor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transport</source>
        <translation>Trasporto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local (this computer)</source>
        <translation>Locale (questo computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transport:</source>
        <translation>&amp;Trasporto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. root</source>
        <translation>ad es. root</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Host name and port</source>
        <translation>Nome host e porta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hostname[:port], e.g. node7 or [2001:db8::1]:2222</source>
        <translation>nomehost[:porta], ad es. node7 o [2001:db8::1]:2222</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host&amp;name:</source>
        <translation>N&amp;ome host:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Custom URI</source>
        <translation>URI &amp;personalizzato</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Custom URI</source>
        <translation>URI personalizzato</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Type any libvirt URI, as for virsh -c (e.g. qemu+ssh://root@node7/system?keyfile=…)</source>
        <translation>Digita un qualsiasi URI libvirt, come per virsh -c (ad es. qemu+ssh://root@node7/system?keyfile=…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. qemu+ssh://root@node7/system</source>
        <translation>ad es. qemu+ssh://root@node7/system</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Generated URI</source>
        <translation>URI generato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generated URI:</source>
        <translation>URI generato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI problem</source>
        <translation>Problema nell&apos;URI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect &amp;automatically when hvbench starts</source>
        <translation>Connetti &amp;automaticamente all&apos;avvio di hvbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autoconnect</source>
        <translation>Connessione automatica</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&amp;Remember password in the system keychain</source>
        <translation>&amp;Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember password in the system keychain</source>
        <translation>Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Password (SASL or TLS key passphrase)</source>
        <translation>Password (SASL o passphrase della chiave TLS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hvbench asks for a password when the host wants one. Tick this to keep it in the system keychain (Secret Service), stored under this URI and user name, so you are not asked again. It is never written to hvbench&apos;s settings or logs. SSH keys and agents are used as usual and need nothing here.</source>
        <translation>hvbench chiede una password quando l&apos;host la richiede. Spunta questa casella per conservarla nel portachiavi di sistema (Secret Service), salvata con questo URI e nome utente, così non ti verrà chiesta di nuovo. Non viene mai scritta nelle impostazioni o nei log di hvbench. Chiavi e agenti SSH si usano come al solito e qui non richiedono nulla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keychain state</source>
        <translation>Stato del portachiavi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give the host a name.</source>
        <translation>Dai un nome all&apos;host.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No system keychain is configured: passwords cannot be remembered; you will be asked each time.</source>
        <translation>Nessun portachiavi di sistema configurato: le password non possono essere ricordate; verranno chieste ogni volta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A remembered password is stored under the URI and a user name: type the user name.</source>
        <translation>Una password ricordata è salvata con l&apos;URI e un nome utente: digita il nome utente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the password to remember, or untick &quot;Remember password&quot;.</source>
        <translation>Digita la password da ricordare, oppure togli la spunta da &quot;Ricorda la password&quot;.</translation>
    </message>
</context>
<context>
    <name>hvbench::ConnectionForm</name>
    <message>
        <location filename="../core/virt/connectionform.cpp" line="+24"/>
        <source>The port in &quot;%1&quot; must be a number between 1 and 65535.</source>
        <translation>La porta in &quot;%1&quot; deve essere un numero tra 1 e 65535.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The host &quot;%1&quot; contains a space: remove it.</source>
        <translation>L&apos;host &quot;%1&quot; contiene uno spazio: rimuovilo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type only the host name and an optional port in the host field (no &apos;/&apos;, &apos;@&apos; or &apos;?&apos;); the user goes in the user field.</source>
        <translation>Nel campo host digita solo il nome host e una porta facoltativa (niente &apos;/&apos;, &apos;@&apos; o &apos;?&apos;); l&apos;utente va nel campo utente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The IPv6 address in &quot;%1&quot; has no closing &apos;]&apos;.</source>
        <translation>All&apos;indirizzo IPv6 in &quot;%1&quot; manca la &apos;]&apos; di chiusura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>After the IPv6 address in &quot;%1&quot; only &quot;:port&quot; may follow.</source>
        <translation>Dopo l&apos;indirizzo IPv6 in &quot;%1&quot; può seguire solo &quot;:porta&quot;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; names a port but no host.</source>
        <translation>&quot;%1&quot; indica una porta ma nessun host.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid host name or IP address.</source>
        <translation>&quot;%1&quot; non è un nome host o un indirizzo IP valido.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The URI contains a password: remove it (write user@host). hvbench asks for the password when connecting and can keep it in the system keychain.</source>
        <translation>L&apos;URI contiene una password: rimuovila (scrivi utente@host). hvbench chiede la password alla connessione e può conservarla nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The user name &quot;%1&quot; contains a space: remove it.</source>
        <translation>Il nome utente &quot;%1&quot; contiene uno spazio: rimuovilo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name may not contain &apos;:&apos; or &apos;@&apos;: type the user name only (a password is asked for when connecting).</source>
        <translation>Il nome utente non può contenere &apos;:&apos; o &apos;@&apos;: digita solo il nome utente (la password viene chiesta alla connessione).</translation>
    </message>
</context>
<context>
    <name>hvbench::CredentialBroker</name>
    <message>
        <location filename="../core/virt/credentials.cpp" line="+227"/>
        <source>No keychain is configured: the password for %1 was not stored; you will be asked each time.</source>
        <translation>Nessun portachiavi configurato: la password per %1 non è stata salvata; verrà chiesta ogni volta.</translation>
    </message>
</context>
<context>
    <name>hvbench::CredentialsPrompter</name>
    <message>
        <location filename="../ui/credentialsprompter.cpp" line="+31"/>
        <source>Log in to %1</source>
        <translation>Accesso a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The libvirt host %1 asks for credentials.</source>
        <translation>L&apos;host libvirt %1 chiede le credenziali.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Answer:</source>
        <translation>Risposta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No system keychain: the password is not stored.</source>
        <translation>Nessun portachiavi di sistema: la password non viene salvata.</translation>
    </message>
</context>
<context>
    <name>hvbench::Csv</name>
    <message>
        <location filename="../core/io/csvexport.cpp" line="+55"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::CyclesChart</name>
    <message>
        <location filename="../ui/charts/cycleschart.cpp" line="+38"/>
        <source>Gcycles</source>
        <translation>Gcicli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mcycles</source>
        <translation>Mcicli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>kcycles</source>
        <translation>kcicli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cycles</source>
        <translation>cicli</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>PI cycles per guest chart</source>
        <translation>Grafico dei cicli PI per guest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PI: CPU cycles per guest (Fig. 4–6)</source>
        <translation>PI: cicli di CPU per guest (Fig. 4–6)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No results yet — press Run</source>
        <translation>Ancora nessun risultato — premi Esegui</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guest %1</source>
        <translation>Guest %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bare metal</source>
        <translation>bare metal</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Matrix cell (configuration × concurrent VMs)</source>
        <translation>Cella della matrice (configurazione × VM concorrenti)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix cell — bars: mean over rounds, whiskers: min–max</source>
        <translation>Cella della matrice — barre: media sui round, baffi: min–max</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; bars: guests 1…%1 left to right</source>
        <translation>; barre: guest 1…%1 da sinistra a destra</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CPU cycles [%1 = %2]</source>
        <translation>Cicli di CPU [%1 = %2]</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No PI results yet:
select the PI fairness test among the benchmarks and press Run</source>
        <translation>Ancora nessun risultato PI:
seleziona il test di equità PI tra i benchmark e premi Esegui</translation>
    </message>
</context>
<context>
    <name>hvbench::Estimate</name>
    <message>
        <location filename="../core/run/estimate.cpp" line="+43"/>
        <source>PI: %1 s for 80 000 digits on bare metal, growing as digits²</source>
        <translation>PI: %1 s per 80 000 cifre su bare metal, crescente come cifre²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7-Zip: %1 s per iteration and copy</source>
        <translation>7-Zip: %1 s per iterazione e copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU-bound work %1× slower under QEMU/TCG software emulation, and slower again when a cell&apos;s vCPUs outnumber the host&apos;s cores</source>
        <translation>il lavoro legato alla CPU è %1× più lento nell&apos;emulazione software QEMU/TCG, e ancora più lento quando le vCPU di una cella superano i core dell&apos;host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iperf3: its duration and warm-up plus %1 s</source>
        <translation>iperf3: la sua durata e il riscaldamento più %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk: %1 MiB/s sequential, %2 IOPS random, shared by a cell&apos;s guests</source>
        <translation>disco: %1 MiB/s sequenziale, %2 IOPS casuali, condivisi tra i guest di una cella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>external score: %1 s (unknown)</source>
        <translation>punteggio esterno: %1 s (sconosciuto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each cell visit: %1 s to start and stop the VMs under TCG, %2 s with KVM or Xen</source>
        <translation>ogni visita di una cella: %1 s per avviare e fermare le VM sotto TCG, %2 s con KVM o Xen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&lt; 1 s</source>
        <translation>&lt; 1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
</context>
<context>
    <name>hvbench::ExportDialog</name>
    <message>
        <location filename="../ui/dialogs/exportdialog.cpp" line="+37"/>
        <location line="+1"/>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image</source>
        <translation>Immagine PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG vector drawing</source>
        <translation>Disegno vettoriale SVG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width in pixels at 96 dpi</source>
        <translation>Larghezza in pixel a 96 dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height in pixels at 96 dpi</source>
        <translation>Altezza in pixel a 96 dpi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom…</source>
        <translation>Personalizzata…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Risoluzione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom resolution in dpi</source>
        <translation>Risoluzione personalizzata in dpi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Image size</source>
        <translation>Dimensione dell&apos;immagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Nome del file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the file</source>
        <translation>Scegli il file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export error</source>
        <translation>Errore di esportazione</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Size (at 96 dpi):</source>
        <translation>&amp;Dimensione (a 96 dpi):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolution:</source>
        <translation>&amp;Risoluzione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>%1 × %2 pixels, %3 × %4 cm at %5 dpi</source>
        <translation>%1 × %2 pixel, %3 × %4 cm a %5 dpi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vector drawing, %1 × %2 (%3 × %4 cm)</source>
        <translation>Disegno vettoriale, %1 × %2 (%3 × %4 cm)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export chart as</source>
        <translation>Esporta grafico come</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SVG drawings (*.svg)</source>
        <translation>Disegni SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the file a name.</source>
        <translation>Dai un nome al file.</translation>
    </message>
</context>
<context>
    <name>hvbench::ExportOptions</name>
    <message>
        <location filename="../core/io/exportoptions.cpp" line="+25"/>
        <source>The size &quot;%1&quot; is not WIDTHxHEIGHT in pixels, e.g. 1200x800.</source>
        <translation>La dimensione &quot;%1&quot; non è LARGHEZZAxALTEZZA in pixel, ad es. 1200x800.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>The size %1x%2 is out of range: each side takes %3 to %4 pixels.</source>
        <translation>La dimensione %1x%2 è fuori intervallo: ogni lato va da %3 a %4 pixel.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The DPI &quot;%1&quot; is not a whole number from %2 to %3 (96 = screen, 300 = print).</source>
        <translation>I DPI &quot;%1&quot; non sono un numero intero da %2 a %3 (96 = schermo, 300 = stampa).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The DPI %1 is out of range: it takes %2 to %3.</source>
        <translation>I DPI %1 sono fuori intervallo: vanno da %2 a %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1x%2 at %3 dpi makes a %4x%5 pixel image; at most %6 pixels a side: choose a smaller size or DPI.</source>
        <translation>%1x%2 a %3 dpi dà un&apos;immagine di %4x%5 pixel; al massimo %6 pixel per lato: scegli una dimensione o dei DPI più piccoli.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown export format &quot;%1&quot; in &quot;%2&quot;: use png, svg and csv, separated by commas.</source>
        <translation>Formato di esportazione &quot;%1&quot; sconosciuto in &quot;%2&quot;: usa png, svg e csv, separati da virgole.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown report kind &quot;%1&quot;: use html, pdf or both.</source>
        <translation>Tipo di report &quot;%1&quot; sconosciuto: usa html, pdf o both.</translation>
    </message>
</context>
<context>
    <name>hvbench::ExportSettings</name>
    <message>
        <location filename="../core/settings/exportsettings.cpp" line="+62"/>
        <source>Screen 1200×800</source>
        <translation>Schermo 1200×800</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print A4 300 dpi</source>
        <translation>Stampa A4 300 dpi</translation>
    </message>
</context>
<context>
    <name>hvbench::FigureData</name>
    <message>
        <location filename="../core/analysis/figuredata.cpp" line="+65"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>bare metal</source>
        <translation>bare metal</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>bare metal — %1</source>
        <translation>bare metal — %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No %1 results yet:
select it among the benchmarks and press Run</source>
        <translation>Ancora nessun risultato %1:
selezionalo tra i benchmark e premi Esegui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only bare-metal %1 results so far:
run the VM cells of the matrix</source>
        <translation>Finora solo risultati %1 bare metal:
esegui le celle VM della matrice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No bare-metal baseline for %1:
enable &quot;Bare metal&quot; in the matrix and run again</source>
        <translation>Nessuna baseline bare metal per %1:
attiva &quot;Bare metal&quot; nella matrice ed esegui di nuovo</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: this figure needs cells with %2 or more concurrent VMs:
add such a VM count to the matrix and run</source>
        <translation>%1: questa figura richiede celle con %2 o più VM concorrenti:
aggiungi un tale numero di VM alla matrice ed esegui</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to plot for %1 yet:
run bare metal and the VM cells</source>
        <translation>Ancora niente da tracciare per %1:
esegui il bare metal e le celle VM</translation>
    </message>
</context>
<context>
    <name>hvbench::FigureDataModel</name>
    <message>
        <location filename="../core/analysis/figuredatamodel.cpp" line="+54"/>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>95 % CI</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bare-metal reference</source>
        <translation>Riferimento bare metal</translation>
    </message>
</context>
<context>
    <name>hvbench::FigureListModel</name>
    <message>
        <location filename="../ui/charts/figurelistmodel.cpp" line="+32"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Nothing to plot yet: %2</source>
        <translation>%1

Ancora niente da tracciare: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::FigureSet</name>
    <message>
        <location filename="../ui/charts/figureset.cpp" line="+32"/>
        <source>Fig. 4–6</source>
        <translation>Fig. 4–6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Table I</source>
        <translation>Tabella I</translation>
    </message>
</context>
<context>
    <name>hvbench::GuestImage</name>
    <message>
        <location filename="../core/guest/guestimage.cpp" line="+41"/>
        <source>The guest needs at least %1 MiB of RAM: its initramfs unpacks to %2 MiB and the kernel needs the archive plus twice that to unpack it. Give the VM spec %1 MiB or more (it has %3 MiB).</source>
        <translation>Il guest richiede almeno %1 MiB di RAM: il suo initramfs si espande a %2 MiB e il kernel ha bisogno dell&apos;archivio più il doppio di tale spazio per espanderlo. Assegna alla specifica della VM %1 MiB o più (ne ha %3 MiB).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No guest image in %1 (guest.json is missing). Build it with: %2</source>
        <translation>Nessuna immagine guest in %1 (manca guest.json). Creala con: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>guest.json</source>
        <translation>guest.json</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The guest image in %1 is damaged (%2). Rebuild it with: %3</source>
        <translation>L&apos;immagine guest in %1 è danneggiata (%2). Ricreala con: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guest image file %1 is missing. Rebuild it with: %2</source>
        <translation>Manca il file dell&apos;immagine guest %1. Ricreala con: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossibile copiare %1 in %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossibile spostare %1 in %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QEMU runs as an unprivileged user and cannot read the guest image in %1 (a folder above it is not searchable by other users)</source>
        <translation>QEMU gira come utente non privilegiato e non può leggere l&apos;immagine guest in %1 (una cartella superiore non è attraversabile dagli altri utenti)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, and hvbench cannot create %2 to hold a readable copy. Make the folders searchable (chmod o+x) or set HVBENCH_GUEST_DIR to a readable copy.</source>
        <translation>%1, e hvbench non può creare %2 per ospitarne una copia leggibile. Rendi le cartelle attraversabili (chmod o+x) o imposta HVBENCH_GUEST_DIR su una copia leggibile.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 Make the folders searchable (chmod o+x) or set HVBENCH_GUEST_DIR to a readable copy.</source>
        <translation>%1: %2 Rendi le cartelle attraversabili (chmod o+x) o imposta HVBENCH_GUEST_DIR su una copia leggibile.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, and its copy in %2 is not readable either. Set HVBENCH_GUEST_DIR to a readable copy.</source>
        <translation>%1, e nemmeno la sua copia in %2 è leggibile. Imposta HVBENCH_GUEST_DIR su una copia leggibile.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The bundled guest image was not found (looked in %1). Build it with: %2, or set HVBENCH_GUEST_DIR.</source>
        <translation>Immagine guest inclusa non trovata (cercata in %1). Creala con: %2, oppure imposta HVBENCH_GUEST_DIR.</translation>
    </message>
</context>
<context>
    <name>hvbench::HostConnection</name>
    <message>
        <location filename="../core/virt/hostconnection.cpp" line="+73"/>
        <source>the daemon closed it</source>
        <translation>il demone l&apos;ha chiusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host stopped answering</source>
        <translation>l&apos;host ha smesso di rispondere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed by this program</source>
        <translation>chiusa da questo programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error on the connection</source>
        <translation>un errore sulla connessione</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Connessione in corso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message numerus="yes">
        <location line="+80"/>
        <source>The connection to %1 was lost (%2) and reconnecting failed: %3 Next try in %n s.</source>
        <translation>
            <numerusform>La connessione a %1 si è interrotta (%2) e la riconnessione non è riuscita: %3 Prossimo tentativo tra %n s.</numerusform>
            <numerusform>La connessione a %1 si è interrotta (%2) e la riconnessione non è riuscita: %3 Prossimo tentativo tra %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>The connection to %1 was lost (%2). Reconnecting in %n s…</source>
        <translation>
            <numerusform>La connessione a %1 si è interrotta (%2). Riconnessione tra %n s…</numerusform>
            <numerusform>La connessione a %1 si è interrotta (%2). Riconnessione tra %n s…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::HostInfoPanel</name>
    <message>
        <location filename="../ui/pages/hostinfopanel.cpp" line="+23"/>
        <source>Host capabilities</source>
        <translation>Capacità dell&apos;host</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected host</source>
        <translation>Host selezionato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acceleration warning</source>
        <translation>Avviso sull&apos;accelerazione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Host state</source>
        <translation>Stato dell&apos;host</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>hvbench::HostListModel</name>
    <message>
        <location filename="../ui/models/hostlistmodel.cpp" line="+101"/>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection lost, reconnecting: %1</source>
        <translation>Connessione persa, riconnessione: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disconnected</source>
        <translation>Disconnesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Connesso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (this session)</source>
        <translation>%1 (questa sessione)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The open session runs on this host.</source>
        <translation>La sessione aperta gira su questo host.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
</context>
<context>
    <name>hvbench::HostProfiles</name>
    <message>
        <location filename="../core/settings/hostprofiles.cpp" line="+54"/>
        <source>Give the host a name.</source>
        <translation>Dai un nome all&apos;host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host name &quot;%1&quot; starts or ends with spaces: remove them.</source>
        <translation>Il nome host &quot;%1&quot; inizia o finisce con degli spazi: rimuovili.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A host called &quot;%1&quot; already exists: choose another name.</source>
        <translation>Esiste già un host chiamato &quot;%1&quot;: scegli un altro nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URI of &quot;%1&quot; contains a password: remove it from the URI (user@host); hvbench asks for it when connecting and can keep it in the system keychain.</source>
        <translation>L&apos;URI di &quot;%1&quot; contiene una password: rimuovila dall&apos;URI (utente@host); hvbench la chiede alla connessione e può conservarla nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user name &quot;%1&quot; may not contain &apos;:&apos; or &apos;@&apos;: type the user name only.</source>
        <translation>Il nome utente &quot;%1&quot; non può contenere &apos;:&apos; o &apos;@&apos;: digita solo il nome utente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URI names the user &quot;%1&quot; but the profile says &quot;%2&quot;: make them the same or clear one.</source>
        <translation>L&apos;URI indica l&apos;utente &quot;%1&quot; ma il profilo dice &quot;%2&quot;: rendili uguali o svuotane uno.</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+12"/>
        <location line="+11"/>
        <source>There is no host called &quot;%1&quot;.</source>
        <translation>Non esiste un host chiamato &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
</context>
<context>
    <name>hvbench::HostSummary</name>
    <message>
        <location filename="../ui/models/hostsummary.cpp" line="+17"/>
        <location line="+73"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Xen PV</source>
        <translation>Xen PV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none reported</source>
        <translation>nessuno riportato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 free of %2</source>
        <translation>%1 liberi su %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>inactive</source>
        <translation>inattivo</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+17"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>isolated</source>
        <translation>isolata</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVM (hardware virtualization)</source>
        <translation>KVM (virtualizzazione hardware)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TCG only (software emulation, no KVM)</source>
        <translation>Solo TCG (emulazione software, niente KVM)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libvirt offers KVM on this host, but HVBENCH_ACCEL=tcg turned it off: guests run under QEMU&apos;s TCG emulator. VM figures measured here describe the emulator, not a hypervisor&apos;s overhead.</source>
        <translation>libvirt offre KVM su questo host, ma HVBENCH_ACCEL=tcg lo ha disattivato: i guest girano nell&apos;emulatore TCG di QEMU. I valori delle VM misurati qui descrivono l&apos;emulatore, non il costo di un hypervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This host has no hardware virtualization: guests run under QEMU&apos;s TCG emulator. VM figures measured here describe the emulator, not a hypervisor&apos;s overhead.</source>
        <translation>Questo host non ha la virtualizzazione hardware: i guest girano nell&apos;emulatore TCG di QEMU. I valori delle VM misurati qui descrivono l&apos;emulatore, non il costo di un hypervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acceleration</source>
        <translation>Accelerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name</source>
        <translation>Nome host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU model</source>
        <translation>Modello di CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical CPUs</source>
        <translation>CPU logiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>Architettura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt version</source>
        <translation>Versione di libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor version</source>
        <translation>Versione dell&apos;hypervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest types</source>
        <translation>Tipi di guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage pools</source>
        <translation>Pool di storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks</source>
        <translation>Reti</translation>
    </message>
</context>
<context>
    <name>hvbench::HostsPage</name>
    <message>
        <location filename="../ui/pages/hostspage.cpp" line="+42"/>
        <source>Hosts</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The libvirt hosts hvbench knows. Connect one to see what it can do, and choose the one this session measures on with &quot;Use for this session&quot; (shown in bold).</source>
        <translation>Gli host libvirt che hvbench conosce. Connettine uno per vedere cosa sa fare, e scegli quello su cui misura questa sessione con &quot;Usa per questa sessione&quot; (mostrato in grassetto).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host of this session</source>
        <translation>Host di questa sessione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved hosts</source>
        <translation>Host salvati</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connetti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connect to the selected host</source>
        <translation>Connetti all&apos;host selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Disconnetti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disconnect from the selected host</source>
        <translation>Disconnetti dall&apos;host selezionato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Use for this session</source>
        <translation>&amp;Usa per questa sessione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run this session&apos;s benchmarks on the selected host</source>
        <translation>Esegui i benchmark di questa sessione sull&apos;host selezionato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add connection…</source>
        <translation>&amp;Aggiungi connessione…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a libvirt host</source>
        <translation>Aggiungi un host libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected host</source>
        <translation>Modifica l&apos;host selezionato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected host from the list (nothing on the host changes)</source>
        <translation>Rimuovi l&apos;host selezionato dall&apos;elenco (sull&apos;host non cambia nulla)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Forget saved password</source>
        <translation>Dimentica la &amp;password salvata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected host&apos;s password from the system keychain</source>
        <translation>Rimuovi la password dell&apos;host selezionato dal portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Host capabilities</source>
        <translation>Capacità dell&apos;host</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No host selected</source>
        <translation>Nessun host selezionato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select a host on the left, or add one.</source>
        <translation>Seleziona un host a sinistra, o aggiungine uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reconnecting…</source>
        <translation>Riconnessione…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Non riuscito: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not connected. Connect (or double-click the host) to see what it can do.</source>
        <translation>Non connesso. Connetti (o fai doppio clic sull&apos;host) per vedere cosa sa fare.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This session runs on: %1 (%2), %3.</source>
        <translation>Questa sessione gira su: %1 (%2), %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This session runs on %1, which is not in the list: add it to connect and check what it can do.</source>
        <translation>Questa sessione gira su %1, che non è nell&apos;elenco: aggiungilo per connetterti e verificare cosa sa fare.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The password for %1 on %2 is in the system keychain.</source>
        <translation>La password per %1 su %2 è nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove host</source>
        <translation>Rimuovi host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; (%2) from hvbench&apos;s list of hosts?</source>
        <translation>Rimuovere &quot;%1&quot; (%2) dall&apos;elenco degli host di hvbench?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing on the host is changed: its virtual machines, storage and networks stay as they are. A password saved in the system keychain stays there; use &quot;Forget saved password&quot; first to remove it.</source>
        <translation>Sull&apos;host non cambia nulla: le sue macchine virtuali, lo storage e le reti restano come sono. Una password salvata nel portachiavi di sistema resta lì; usa prima &quot;Dimentica la password salvata&quot; per rimuoverla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; was removed from the list.</source>
        <translation>&quot;%1&quot; è stato rimosso dall&apos;elenco.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No system keychain is configured: hvbench has no saved password to forget.</source>
        <translation>Nessun portachiavi di sistema configurato: hvbench non ha password salvate da dimenticare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; has no user name: passwords are saved under the URI and a user name, so there is none to forget.</source>
        <translation>&quot;%1&quot; non ha un nome utente: le password sono salvate con l&apos;URI e un nome utente, quindi non ce n&apos;è nessuna da dimenticare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No password for %1 on %2 is saved in the system keychain any more.</source>
        <translation>Nel portachiavi di sistema non è più salvata alcuna password per %1 su %2.</translation>
    </message>
</context>
<context>
    <name>hvbench::ImportCommand</name>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="+46"/>
        <source>--%1 takes a whole number of at least %2 (got &quot;%3&quot;).</source>
        <translation>--%1 richiede un numero intero di almeno %2 (ricevuto &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>import needs --tool iperf3, fio or bonnie.</source>
        <translation>import richiede --tool iperf3, fio o bonnie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--tool takes iperf3, fio or bonnie (got &quot;%1&quot;).</source>
        <translation>--tool accetta iperf3, fio o bonnie (ricevuto &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--direction is for iperf3 outputs only.</source>
        <translation>--direction vale solo per gli output di iperf3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--direction takes out (guest → host, net-out) or in (-R, net-in); got &quot;%1&quot;.</source>
        <translation>--direction accetta out (guest → host, net-out) o in (-R, net-in); ricevuto &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--baseline (bare metal) cannot go with --config or --vms.</source>
        <translation>--baseline (bare metal) non può essere usato con --config o --vms.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the outputs were measured: --baseline (bare metal), or --config NAME --vms N (the VM spec and how many VMs ran at once).</source>
        <translation>Indica dove sono stati misurati gli output: --baseline (bare metal), oppure --config NOME --vms N (la specifica della VM e quante VM giravano contemporaneamente).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--config takes the name of a VM spec (&quot;%1&quot; is the baseline: use --baseline).</source>
        <translation>--config richiede il nome di una specifica VM (&quot;%1&quot; è la baseline: usa --baseline).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--guest must be 0 for the bare-metal baseline.</source>
        <translation>--guest deve essere 0 per la baseline bare metal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--guest is 0-based and must be below --vms %1 (got %2).</source>
        <translation>--guest parte da 0 e deve essere minore di --vms %1 (ricevuto %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import needs --out SESSION.hvbench: the session the results are added to.</source>
        <translation>import richiede --out SESSIONE.hvbench: la sessione a cui aggiungere i risultati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>import needs at least one FILE: the saved output of one run of the tool.</source>
        <translation>import richiede almeno un FILE: l&apos;output salvato di un&apos;esecuzione dello strumento.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Usage: hvbench-cli import --tool iperf3|fio|bonnie [--direction out|in]
         (--baseline | --config NAME --vms N) [--guest I] [--repeat R]
         --out SESSION.hvbench FILE...

Adds the outputs of tools you ran by hand to a session, one result per FILE, read
the way hvbench reads the outputs of its own runs:
  iperf3   the JSON of iperf3 -J (throughput = the receiver&apos;s figure)
  fio      the JSON of fio --output-format=json; jobs named seq-write, seq-read,
           rand-write, rand-read, or else classed by their rw option and the
           direction that did I/O (several jobs of one class are summed)
  bonnie   the CSV bonnie++ -q writes on standard output (-x N: the mean)

  --direction out|in   iperf3: guest → host (net-out) or -R (net-in);
                       default: the run&apos;s own -R flag
  --baseline           measured on bare metal
  --config NAME        measured in VMs of the spec NAME ...
  --vms N              ... with N VMs running at once
  --guest I            which of those VMs (0-based, default 0)
  --repeat R           round of the first FILE, the next FILEs R+1, R+2, ...
                       (default: the first round this config, VM count, guest and
                       benchmark do not have yet, i.e. each FILE&apos;s position)
  --out FILE           the session; created when it does not exist

Nothing is written unless every FILE can be read. Exit status: 0 imported;
2 a bad option, session or FILE (named in the message); 1 the session could not
be written.</source>
        <translation>Uso: hvbench-cli import --tool iperf3|fio|bonnie [--direction out|in]
         (--baseline | --config NOME --vms N) [--guest I] [--repeat R]
         --out SESSIONE.hvbench FILE...

Aggiunge a una sessione gli output di strumenti eseguiti a mano, un risultato per FILE,
letti come hvbench legge gli output delle proprie esecuzioni:
  iperf3   il JSON di iperf3 -J (throughput = il valore del ricevente)
  fio      il JSON di fio --output-format=json; job chiamati seq-write, seq-read,
           rand-write, rand-read, altrimenti classificati in base all&apos;opzione rw e
           alla direzione che ha fatto I/O (più job della stessa classe si sommano)
  bonnie   il CSV che bonnie++ -q scrive sullo standard output (-x N: la media)

  --direction out|in   iperf3: guest → host (net-out) o -R (net-in);
                       predefinito: il flag -R dell&apos;esecuzione stessa
  --baseline           misurato su bare metal
  --config NOME        misurato in VM della specifica NOME ...
  --vms N              ... con N VM in esecuzione contemporanea
  --guest I            quale di quelle VM (da 0, predefinito 0)
  --repeat R           round del primo FILE, i FILE successivi R+1, R+2, ...
                       (predefinito: il primo round che questa configurazione, numero
                       di VM, guest e benchmark non hanno ancora, cioè la posizione
                       di ogni FILE)
  --out FILE           la sessione; creata se non esiste

Non viene scritto nulla se non si possono leggere tutti i FILE. Stato di uscita:
0 importato; 2 un&apos;opzione, una sessione o un FILE non validi (indicati nel messaggio);
1 impossibile scrivere la sessione.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+81"/>
        <source>Cannot add to %1: %2</source>
        <translation>Impossibile aggiungere a %1: %2</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Imported results</source>
        <translation>Risultati importati</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot read it: %2. Nothing was imported.</source>
        <translation>%1: impossibile leggerlo: %2. Non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: larger than 256 MiB, not the output of one %2 run. Nothing was imported.</source>
        <translation>%1: più grande di 256 MiB, non è l&apos;output di un&apos;esecuzione di %2. Non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: not a usable %2 output: %3
Nothing was imported.</source>
        <translation>%1: non è un output di %2 utilizzabile: %3
Non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>imported from %1</source>
        <translation>importato da %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: round %2 of %3 (%4 VMs, guest %5) already has a %6 result in %7: choose another --repeat. Nothing was imported.</source>
        <translation>%1: il round %2 di %3 (%4 VM, guest %5) ha già un risultato %6 in %7: scegli un altro --repeat. Non è stato importato nulla.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Note: %1 has no VM spec called &quot;%2&quot;; the results are kept under that name.</source>
        <translation>Nota: %1 non ha una specifica VM chiamata &quot;%2&quot;; i risultati vengono conservati con quel nome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2, %3 (%4 VMs), guest %5, round %6: %7</source>
        <translation>%1 → %2, %3 (%4 VM), guest %5, round %6: %7</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>WARNING: %1: %2</source>
        <translation>ATTENZIONE: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n result(s) added to %1</source>
        <translation>
            <numerusform>%n risultato aggiunto a %1</numerusform>
            <numerusform>%n risultati aggiunti a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n in all).</source>
        <translation>
            <numerusform> (%n in tutto).</numerusform>
            <numerusform> (%n in tutto).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hvbench::Iperf3Servers</name>
    <message>
        <location filename="../core/run/iperf3servers.cpp" line="+50"/>
        <source>iperf3 did not start listening on %1 port(s) %2 within %3 s.</source>
        <translation>iperf3 non si è messo in ascolto su %1 porta/e %2 entro %3 s.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The iperf3 servers are already running; stop them first.</source>
        <translation>I server iperf3 sono già in esecuzione: fermali prima.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No port was given for the iperf3 servers.</source>
        <translation>Nessuna porta indicata per i server iperf3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a valid TCP port for an iperf3 server.</source>
        <translation>%1 non è una porta TCP valida per un server iperf3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port %1 was given twice for the iperf3 servers.</source>
        <translation>La porta %1 è stata indicata due volte per i server iperf3.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>iperf3 server %1 port %2: %3</source>
        <translation>server iperf3 %1 porta %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>iperf3 server %1 port %2 was killed or crashed.</source>
        <translation>Il server iperf3 %1 sulla porta %2 è stato terminato o si è bloccato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iperf3 server %1 port %2 exited with code %3 without an error message.</source>
        <translation>Il server iperf3 %1 sulla porta %2 è uscito con codice %3 senza un messaggio di errore.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot run iperf3 (%1): %2. Install iperf3 or point HVBENCH_IPERF3 at it.</source>
        <translation>Impossibile eseguire iperf3 (%1): %2. Installa iperf3 o imposta HVBENCH_IPERF3 sul suo percorso.</translation>
    </message>
</context>
<context>
    <name>hvbench::IsolatedNetwork</name>
    <message>
        <location filename="../core/virt/isolatednetwork.cpp" line="+183"/>
        <source>A network “%1” already exists on this host; hvbench never replaces a network. Remove leftovers of earlier runs (hvbench-cli cleanup) or remove it yourself.</source>
        <translation>Su questo host esiste già una rete “%1”; hvbench non sostituisce mai una rete. Rimuovi i residui di esecuzioni precedenti (hvbench-cli cleanup) o rimuovila tu stesso.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every subnet 10.213.0.0/24 – 10.213.255.0/24 is already used by a network or an interface of this host. Remove networks you no longer need.</source>
        <translation>Tutte le sottoreti 10.213.0.0/24 – 10.213.255.0/24 sono già usate da una rete o da un&apos;interfaccia di questo host. Rimuovi le reti che non ti servono più.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Install dnsmasq on the libvirt host (Debian: apt-get install dnsmasq-base).</source>
        <translation>Installa dnsmasq sull&apos;host libvirt (Debian: apt-get install dnsmasq-base).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not start the isolated network “%1”: %2</source>
        <translation>Impossibile avviare la rete isolata “%1”: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The network “%1” was not created by hvbench (it has no hvbench owner mark), so hvbench does not remove it.</source>
        <translation>La rete “%1” non è stata creata da hvbench (non ha il contrassegno di proprietà di hvbench), quindi hvbench non la rimuove.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not stop the network “%1”: %2</source>
        <translation>Impossibile fermare la rete “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not remove the definition of network “%1”: %2</source>
        <translation>Impossibile rimuovere la definizione della rete “%1”: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::Journal</name>
    <message>
        <location filename="../core/io/journal.cpp" line="+40"/>
        <location line="+3"/>
        <source>Cannot write the journal %1: %2</source>
        <translation>Impossibile scrivere il journal %1: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the journal %1: %2</source>
        <translation>Impossibile leggere il journal %1: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::Keychain</name>
    <message>
        <location filename="../core/secrets/keychain.cpp" line="+30"/>
        <source>The system keychain refused access (%1): the password was not stored or read; unlock the keychain and try again.</source>
        <translation>Il portachiavi di sistema ha negato l&apos;accesso (%1): la password non è stata salvata né letta; sblocca il portachiavi e riprova.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No system keychain is available (%1): the password will not be stored; you will be asked each time.</source>
        <translation>Nessun portachiavi di sistema disponibile (%1): la password non verrà salvata; verrà chiesta ogni volta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no Secret Service</source>
        <translation>nessun Secret Service</translation>
    </message>
</context>
<context>
    <name>hvbench::LeftoverScan</name>
    <message>
        <location filename="../core/run/leftoverscan.cpp" line="+28"/>
        <location line="+8"/>
        <source>Not connected.</source>
        <translation>Non connesso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> in pool %1</source>
        <translation> nel pool %1</translation>
    </message>
</context>
<context>
    <name>hvbench::Leftovers</name>
    <message>
        <location filename="../core/virt/leftovers.cpp" line="+24"/>
        <source>created by hvbench process %1 on %2, which no longer runs</source>
        <translation>creato dal processo hvbench %1 su %2, non più in esecuzione</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>running</source>
        <translation>in esecuzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>defined, not running</source>
        <translation>definito, non in esecuzione</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>active</source>
        <translation>attivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>defined, not active</source>
        <translation>definito, non attivo</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not removing %1 “%2”: %3</source>
        <translation>Non rimuovo %1 “%2”: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no hvbench owner mark (any more).</source>
        <translation>non ha (più) il contrassegno di proprietà di hvbench.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it now belongs to session %1.</source>
        <translation>ora appartiene alla sessione %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hvbench process that owns it is running.</source>
        <translation>il processo hvbench che lo possiede è in esecuzione.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not stop the domain “%1”: %2</source>
        <translation>Impossibile fermare il dominio “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not remove the definition of domain “%1”: %2</source>
        <translation>Impossibile rimuovere la definizione del dominio “%1”: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not stop the network “%1”: %2</source>
        <translation>Impossibile fermare la rete “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not remove the definition of network “%1”: %2</source>
        <translation>Impossibile rimuovere la definizione della rete “%1”: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its name does not follow hvbench&apos;s volume name pattern.</source>
        <translation>il suo nome non segue lo schema dei nomi dei volumi di hvbench.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>session %1 has a running hvbench process.</source>
        <translation>la sessione %1 ha un processo hvbench in esecuzione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a domain uses it as a disk.</source>
        <translation>un dominio lo usa come disco.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not delete the volume “%1” in pool “%2”: %3</source>
        <translation>Impossibile eliminare il volume “%1” nel pool “%2”: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>domain</source>
        <translation>dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume</source>
        <translation>volume</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network</source>
        <translation>rete</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no hvbench process of session %1 runs</source>
        <translation>nessun processo hvbench della sessione %1 è in esecuzione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its name does not start with %1.</source>
        <translation>il suo nome non inizia con %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown kind of object.</source>
        <translation>tipo di oggetto sconosciuto.</translation>
    </message>
</context>
<context>
    <name>hvbench::LeftoversPrompt</name>
    <message>
        <location filename="../ui/leftoversprompt.cpp" line="+15"/>
        <source>Leftovers of an earlier run</source>
        <translation>Residui di un&apos;esecuzione precedente</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n object(s) on %1 were created by an hvbench run that did not finish (it crashed or was killed). Remove them?</source>
        <translation>
            <numerusform>%n oggetto su %1 è stato creato da un&apos;esecuzione di hvbench non terminata (si è bloccata o è stata terminata). Rimuoverlo?</numerusform>
            <numerusform>%n oggetti su %1 sono stati creati da un&apos;esecuzione di hvbench non terminata (si è bloccata o è stata terminata). Rimuoverli?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only objects carrying hvbench&apos;s mark whose creating process is gone are listed; nothing else on the host is touched.</source>
        <translation>Sono elencati solo gli oggetti con il contrassegno di hvbench il cui processo creatore non esiste più; nient&apos;altro sull&apos;host viene toccato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Mantieni</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Removing %n leftover object(s) …</source>
        <translation>
            <numerusform>Rimozione di %n oggetto residuo …</numerusform>
            <numerusform>Rimozione di %n oggetti residui …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Leftovers kept; hvbench-cli cleanup removes them later.</source>
        <translation>Residui mantenuti; hvbench-cli cleanup li rimuoverà in seguito.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Removed %n leftover object(s).</source>
        <translation>
            <numerusform>Rimosso %n oggetto residuo.</numerusform>
            <numerusform>Rimossi %n oggetti residui.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1 leftover object(s); %2 could not be removed.</source>
        <translation>Oggetti residui rimossi: %1; non rimossi: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leftovers</source>
        <translation>Residui</translation>
    </message>
</context>
<context>
    <name>hvbench::LiveChart</name>
    <message>
        <location filename="../ui/charts/livechart.cpp" line="+49"/>
        <source>Time since the run started (s)</source>
        <translation>Tempo dall&apos;avvio dell&apos;esecuzione (s)</translation>
    </message>
</context>
<context>
    <name>hvbench::LiveCounters</name>
    <message>
        <location filename="../core/run/livecounters.cpp" line="+141"/>
        <source>Cannot read the byte counters of network interface %1 (/sys/class/net/%1/statistics): it does not exist or is gone.</source>
        <translation>Impossibile leggere i contatori di byte dell&apos;interfaccia di rete %1 (/sys/class/net/%1/statistics): non esiste o è sparita.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No libvirt host was given to read the counters of domain %1.</source>
        <translation>Nessun host libvirt indicato per leggere i contatori del dominio %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not connected to the libvirt host: no counters for domain %1.</source>
        <translation>Non connesso all&apos;host libvirt: nessun contatore per il dominio %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain %1 not found: %2</source>
        <translation>Dominio %1 non trovato: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Domain %1 has no network interface with a host-side device (is it running?).</source>
        <translation>Il dominio %1 non ha interfacce di rete con un dispositivo lato host (è in esecuzione?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the counters of %1 on domain %2: %3</source>
        <translation>Impossibile leggere i contatori di %1 sul dominio %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The host does not report byte counters for %1 on domain %2.</source>
        <translation>L&apos;host non fornisce contatori di byte per %1 sul dominio %2.</translation>
    </message>
</context>
<context>
    <name>hvbench::LiveSamplesModel</name>
    <message>
        <location filename="../core/run/livesamplesmodel.cpp" line="+150"/>
        <source>Series / x</source>
        <translation>Serie / x</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples / y</source>
        <translation>Campioni / y</translation>
    </message>
</context>
<context>
    <name>hvbench::LossChart</name>
    <message>
        <location filename="../ui/charts/losschart.cpp" line="+14"/>
        <source>Loss versus bare metal chart</source>
        <translation>Grafico della perdita rispetto al bare metal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PI: % loss vs bare metal (Table I)</source>
        <translation>PI: % di perdita rispetto al bare metal (Tabella I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>% loss (mean cycles vs bare metal)</source>
        <translation>% di perdita (cicli medi rispetto al bare metal)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No bare-metal baseline in these results:
enable &quot;Bare metal&quot; on the
Host &amp; spec page and run again</source>
        <translation>Nessuna baseline bare metal in questi risultati:
attiva &quot;Bare metal&quot; nella pagina
&quot;Host &amp; specifica&quot; ed esegui di nuovo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only bare-metal results so far:
% loss appears once a VM cell has run</source>
        <translation>Finora solo risultati bare metal:
la % di perdita compare dopo l&apos;esecuzione di una cella VM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>@value %</source>
        <translation>@value %</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>No PI results yet — press Run
(the PI fairness test is what this table compares)</source>
        <translation>Ancora nessun risultato PI — premi Esegui
(questa tabella confronta il test di equità PI)</translation>
    </message>
</context>
<context>
    <name>hvbench::LossTableModel</name>
    <message>
        <location filename="../core/analysis/losstablemodel.cpp" line="+61"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no baseline</source>
        <translation>nessuna baseline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>± %1</source>
        <translation>± %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean cycles</source>
        <translation>Cicli medi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % CI (cycles)</source>
        <translation>IC 95 % (cicli)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% loss</source>
        <translation>% di perdita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95 % CI (% loss)</source>
        <translation>IC 95 % (% di perdita)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jain index</source>
        <translation>Indice di Jain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min/max</source>
        <translation>Min/max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CoV (%)</source>
        <translation>CoV (%)</translation>
    </message>
</context>
<context>
    <name>hvbench::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+39"/>
        <source>hvbench sessions (*.hvbench *.json);;All files (*)</source>
        <translation>Sessioni hvbench (*.hvbench *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hosts</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved libvirt hosts, their state and what they can run</source>
        <translation>Host libvirt salvati, il loro stato e cosa possono eseguire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM specs of this session, checked against its host</source>
        <translation>Le specifiche VM di questa sessione, verificate rispetto al suo host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmarks × VM counts × repeats, with the exact commands and an estimate</source>
        <translation>Benchmark × numero di VM × ripetizioni, con i comandi esatti e una stima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress, live charts and the log of the run</source>
        <translation>Avanzamento, grafici in tempo reale e log dell&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper&apos;s figures and Table I for this session, and exports</source>
        <translation>Le figure dell&apos;articolo e la Tabella I per questa sessione, ed esportazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This session beside others and the paper&apos;s published figures</source>
        <translation>Questa sessione accanto ad altre e ai valori pubblicati dall&apos;articolo</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New (demo)</source>
        <translation>&amp;Nuova (demo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New from &amp;preset</source>
        <translation>Nuova da &amp;preset</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save &amp;As…</source>
        <translation>Salva &amp;come…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About hvbench</source>
        <translation>&amp;Informazioni su hvbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About hvbench</source>
        <translation>Informazioni su hvbench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;hvbench %1&lt;/h3&gt;&lt;p&gt;Measures what a hypervisor costs: CPU, network and disk benchmarks on bare metal and in concurrent VMs, with the % loss against bare metal.&lt;/p&gt;&lt;p&gt;Reproduces and extends Chierici, Veraldi and Salomoni, &lt;i&gt;Measuring performances of linux hypervisors&lt;/i&gt; (2009).&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;hvbench %1&lt;/h3&gt;&lt;p&gt;Misura quanto costa un hypervisor: benchmark di CPU, rete e disco su bare metal e in VM concorrenti, con la % di perdita rispetto al bare metal.&lt;/p&gt;&lt;p&gt;Riproduce ed estende Chierici, Veraldi e Salomoni, &lt;i&gt;Measuring performances of linux hypervisors&lt;/i&gt; (2009).&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Schema colori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>Sc&amp;uro</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsaved</source>
        <translation>non salvata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)[*] — hvbench</source>
        <translation>%1 (%2)[*] — hvbench</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+147"/>
        <source>Run in progress</source>
        <translation>Esecuzione in corso</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>A run is in progress. Cancel it on the Run page first.</source>
        <translation>È in corso un&apos;esecuzione. Annullala prima nella pagina Esecuzione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session &quot;%1&quot; has unsaved changes. Save them?</source>
        <translation>La sessione &quot;%1&quot; ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the session</source>
        <translation>Impossibile creare la sessione</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Open session</source>
        <translation>Apri sessione</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open session</source>
        <translation>Impossibile aprire la sessione</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Opened %1 (%n result(s))</source>
        <translation>
            <numerusform>Aperta %1 (%n risultato)</numerusform>
            <numerusform>Aperta %1 (%n risultati)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+18"/>
        <source>Cannot save session</source>
        <translation>Impossibile salvare la sessione</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save session as</source>
        <translation>Salva sessione come</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>One session at a time: opening %1</source>
        <translation>Una sessione alla volta: apro %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A run is in progress. Cancel it and quit?</source>
        <translation>È in corso un&apos;esecuzione. Annullarla e uscire?</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>VM specs</source>
        <translation>Specifiche VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare</source>
        <translation>Confronto</translation>
    </message>
</context>
<context>
    <name>hvbench::Matrix</name>
    <message>
        <location filename="../core/model/matrix.cpp" line="+20"/>
        <source>The matrix is empty: enable the bare-metal baseline or add a VM count.</source>
        <translation>La matrice è vuota: attiva la baseline bare metal o aggiungi un numero di VM.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VM counts must be between 1 and %1 (is %2).</source>
        <translation>Il numero di VM deve essere tra 1 e %1 (è %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats must be between 1 and 1000 (is %1).</source>
        <translation>Le ripetizioni devono essere tra 1 e 1000 (sono %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most repeats (%1) must be between the repeats (%2) and 1000.</source>
        <translation>Il massimo di ripetizioni (%1) deve essere tra le ripetizioni (%2) e 1000.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The RSD target must be between 0 and 100 % (is %1 %).</source>
        <translation>L&apos;obiettivo di RSD deve essere tra 0 e 100 % (è %1 %).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An RSD target needs room for more rounds: set the most repeats above the repeats (%1).</source>
        <translation>Un obiettivo di RSD richiede spazio per altri round: imposta il massimo di ripetizioni sopra le ripetizioni (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time budget must not be negative.</source>
        <translation>Il budget di tempo non può essere negativo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>matrix</source>
        <translation>matrix</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>matrix: every entry of &quot;vm_counts&quot; must be an integer.</source>
        <translation>matrix: ogni voce di &quot;vm_counts&quot; deve essere un intero.</translation>
    </message>
</context>
<context>
    <name>hvbench::MatrixForm</name>
    <message>
        <location filename="../ui/pages/matrixform.cpp" line="+31"/>
        <source>Run the bare-metal baseline</source>
        <translation>Esegui la baseline bare metal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM counts problem</source>
        <translation>Problema nel numero di VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matrix problem</source>
        <translation>Problema nella matrice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bare-metal baseline</source>
        <translation>Baseline bare metal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every benchmark on the host itself: the reference the % loss is computed against.</source>
        <translation>Ogni benchmark sull&apos;host stesso: il riferimento rispetto a cui si calcola la % di perdita.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bare metal:</source>
        <translation>Bare metal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1, 7, 8, 17 — empty for bare metal only</source>
        <translation>ad es. 1, 7, 8, 17 — vuoto per solo bare metal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency levels: how many VMs of each spec run the benchmarks at the same time.</source>
        <translation>Livelli di concorrenza: quante VM di ogni specifica eseguono i benchmark contemporaneamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM counts</source>
        <translation>Numero di VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;VM counts (concurrent VMs):</source>
        <translation>Numero di &amp;VM (VM concorrenti):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds every cell gets at least; each round runs the cells in a new random order.</source>
        <translation>Round che ogni cella riceve come minimo; ogni round esegue le celle in un nuovo ordine casuale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeats (rounds per cell, min.):</source>
        <translation>&amp;Ripetizioni (round per cella, min.):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>= repeats</source>
        <translation>= ripetizioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most repeats</source>
        <translation>Massimo di ripetizioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an RSD target, a cell gets more rounds, up to this many, until it is steady.</source>
        <translation>Con un obiettivo di RSD, una cella riceve altri round, fino a questo numero, finché non è stabile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Most repeats (rounds):</source>
        <translation>&amp;Massimo di ripetizioni (round):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation>disattivato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSD target in percent</source>
        <translation>Obiettivo di RSD in percentuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More rounds until the relative standard deviation of every key figure is below this.</source>
        <translation>Altri round finché la deviazione standard relativa di ogni valore chiave non scende sotto questa soglia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSD &amp;target (%):</source>
        <translation>&amp;Obiettivo RSD (%):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time budget in minutes</source>
        <translation>Budget di tempo in minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No new round starts once the run has taken this long.</source>
        <translation>Nessun nuovo round parte una volta che l&apos;esecuzione ha richiesto questo tempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time &amp;budget (min):</source>
        <translation>&amp;Budget di tempo (min):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random (recorded)</source>
        <translation>casuale (registrato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the cell order</source>
        <translation>Seme dell&apos;ordine delle celle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same seed gives the same order of cells in every round; 0 draws a new one per run.</source>
        <translation>Lo stesso seme dà lo stesso ordine delle celle in ogni round; 0 ne estrae uno nuovo a ogni esecuzione.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Seed of the cell order:</source>
        <translation>&amp;Seme dell&apos;ordine delle celle:</translation>
    </message>
</context>
<context>
    <name>hvbench::MatrixPage</name>
    <message>
        <location filename="../ui/pages/matrixpage.cpp" line="+41"/>
        <source>Apply preset…</source>
        <translation>Applica preset…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Preset:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a preset…</source>
        <translation>Scegli un preset…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+163"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Ready-made benchmarks and matrices, the seed paper&apos;s whole experiment among them.</source>
        <translation>Benchmark e matrici pronti, tra cui l&apos;intero esperimento dell&apos;articolo di riferimento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+161"/>
        <source>Apply preset</source>
        <translation>Applica preset</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Replace the benchmarks and the matrix with the preset&apos;s (and, if you agree, the VM specs too).</source>
        <translation>Sostituisce i benchmark e la matrice con quelli del preset (e, se sei d&apos;accordo, anche le specifiche VM).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Benchmarks</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VM specs in the matrix</source>
        <translation>Specifiche VM nella matrice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expanded matrix — what will run</source>
        <translation>Matrice espansa — cosa verrà eseguito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matrix summary</source>
        <translation>Riepilogo della matrice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the estimate assumes</source>
        <translation>Cosa presuppone la stima</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expanded matrix</source>
        <translation>Matrice espansa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Command lines of the selected row</source>
        <translation>Righe di comando della riga selezionata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a row to see the exact command line of each of its guests.</source>
        <translation>Seleziona una riga per vedere la riga di comando esatta di ciascuno dei suoi guest.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> The plan assumes it has every benchmark tool.</source>
        <translation> Il piano presuppone che siano presenti tutti gli strumenti di benchmark.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>guest %1: %2</source>
        <translation>guest %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>VM specs in the matrix: all %n of the session&apos;s (%1). Edit them on the VM specs page.</source>
        <translation>
            <numerusform>Specifica VM nella matrice: l&apos;unica della sessione (%n: %1). Modificala nella pagina Specifiche VM.</numerusform>
            <numerusform>Specifiche VM nella matrice: tutte quelle della sessione (%n: %1). Modificale nella pagina Specifiche VM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The preset &quot;%1&quot; also defines %n VM spec(s) (%2). Replace the session&apos;s %3 VM spec(s) with them, or keep yours and take only its benchmarks and matrix?</source>
        <translation>
            <numerusform>Il preset &quot;%1&quot; definisce anche %n specifica VM (%2). Sostituire con essa le %3 specifiche VM della sessione, o mantenere le tue e prendere solo i benchmark e la matrice?</numerusform>
            <numerusform>Il preset &quot;%1&quot; definisce anche %n specifiche VM (%2). Sostituire con esse le %3 specifiche VM della sessione, o mantenere le tue e prendere solo i benchmark e la matrice?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the VM specs</source>
        <translation>Sostituisci le specifiche VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my VM specs</source>
        <translation>Mantieni le mie specifiche VM</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>&lt;b&gt;%n cell(s)&lt;/b&gt; will run</source>
        <translation>
            <numerusform>Verrà eseguita &lt;b&gt;%n cella&lt;/b&gt;</numerusform>
            <numerusform>Verranno eseguite &lt;b&gt;%n celle&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n skipped)</source>
        <translation>
            <numerusform> (%n saltata)</numerusform>
            <numerusform> (%n saltate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, &lt;b&gt;%n benchmark run(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>, &lt;b&gt;%n esecuzione di benchmark&lt;/b&gt;</numerusform>
            <numerusform>, &lt;b&gt;%n esecuzioni di benchmark&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (up to %1 if every cell needs %2 rounds)</source>
        <translation> (fino a %1 se ogni cella richiede %2 round)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visit(s) starting and stopping VMs %3)</source>
        <translation>
            <numerusform>. Durata stimata: &lt;b&gt;≈ %1&lt;/b&gt; (benchmark %2 + %n visita di cella per avviare e fermare le VM %3)</numerusform>
            <numerusform>. Durata stimata: &lt;b&gt;≈ %1&lt;/b&gt; (benchmark %2 + %n visite di cella per avviare e fermare le VM %3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; up to ≈ %1 with %2 rounds everywhere</source>
        <translation>; fino a ≈ %1 con %2 round ovunque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> The time budget stops starting rounds after %1 min.</source>
        <translation> Il budget di tempo smette di avviare round dopo %1 min.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is an estimate. It assumes: %1.</source>
        <translation>Questa è una stima. Presuppone: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) use the wall times this session recorded with the same parameters.</source>
        <translation>
            <numerusform>%n riga usa i tempi reali registrati da questa sessione con gli stessi parametri.</numerusform>
            <numerusform>%n righe usano i tempi reali registrati da questa sessione con gli stessi parametri.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No host known yet: planned as if the host could run every VM spec (connect on the Hosts page to see what it skips), and timed as QEMU/TCG except for KVM and Xen specs.</source>
        <translation>Nessun host ancora noto: pianificato come se l&apos;host potesse eseguire ogni specifica VM (connettiti nella pagina Host per vedere cosa salta), e cronometrato come QEMU/TCG tranne che per le specifiche KVM e Xen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command lines as the run sends them; 10.213.x.1 is the host side of the run&apos;s isolated network (its subnet is chosen when the run starts) and VMs are named as on their first visit.</source>
        <translation>Righe di comando come le invia l&apos;esecuzione; 10.213.x.1 è il lato host della rete isolata dell&apos;esecuzione (la sua sottorete viene scelta all&apos;avvio) e le VM hanno i nomi della loro prima visita.</translation>
    </message>
</context>
<context>
    <name>hvbench::MatrixPreviewModel</name>
    <message>
        <location filename="../core/run/matrixpreviewmodel.cpp" line="+80"/>
        <source>bare metal</source>
        <translation>bare metal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>runs</source>
        <translation>da eseguire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>skipped: %1</source>
        <translation>saltata: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Recorded: %1 per round (mean of %n recorded round(s), the slowest guest of each).</source>
        <translation>
            <numerusform>Registrato: %1 per round (media di %n round registrato, il guest più lento di ciascuno).</numerusform>
            <numerusform>Registrato: %1 per round (media di %n round registrati, il guest più lento di ciascuno).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimate from the parameters: %1 per round, all guests at once.</source>
        <translation>Stima dai parametri: %1 per round, tutti i guest insieme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Up to %1 if the cell needs %2 rounds.</source>
        <translation>
Fino a %1 se la cella richiede %2 round.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>guest %1: %2</source>
        <translation>guest %1: %2</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounds</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs (guests × rounds)</source>
        <translation>Esecuzioni (guest × round)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated time (at min. rounds)</source>
        <translation>Tempo stimato (al minimo di round)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line (guest 1)</source>
        <translation>Riga di comando (guest 1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>hvbench::OrphanCleanup</name>
    <message>
        <location filename="../core/run/orphancleanup.cpp" line="+26"/>
        <source>Reconnecting to %1 to remove this run&apos;s network and data volumes …</source>
        <translation>Riconnessione a %1 per rimuovere la rete e i volumi dati di questa esecuzione …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not reconnect (%1): the run&apos;s network and volumes stay on the host until hvbench-cli cleanup (or the GUI at start-up) removes them.</source>
        <translation>Impossibile riconnettersi (%1): la rete e i volumi dell&apos;esecuzione restano sull&apos;host finché non li rimuove hvbench-cli cleanup (o la GUI all&apos;avvio).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Removed after the reconnect: %1</source>
        <translation>Rimossi dopo la riconnessione: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not remove: %1</source>
        <translation>Impossibile rimuovere: %1</translation>
    </message>
</context>
<context>
    <name>hvbench::PaperFigures</name>
    <message>
        <location filename="../core/analysis/paperfigures.cpp" line="+15"/>
        <source>CPU score per copy</source>
        <translation>Punteggio CPU per copia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU score</source>
        <translation>Punteggio CPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network out</source>
        <translation>rete in uscita</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network in</source>
        <translation>rete in entrata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bonnie++ block read</source>
        <translation>bonnie++ lettura a blocchi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bonnie++ block write</source>
        <translation>bonnie++ scrittura a blocchi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fio sequential read</source>
        <translation>fio lettura sequenziale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fio sequential write</source>
        <translation>fio scrittura sequenziale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fio random read</source>
        <translation>fio lettura casuale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>fio random write</source>
        <translation>fio scrittura casuale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PI cycles</source>
        <translation>cicli PI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fig. 1</source>
        <translation>Fig. 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU score per guest vs number of VMs (Fig. 1)</source>
        <translation>Punteggio CPU per guest rispetto al numero di VM (Fig. 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU score per vCPU copy</source>
        <translation>Punteggio CPU per copia vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fig. 2</source>
        <translation>Fig. 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs vs CPU: aggregate CPU score vs number of VMs (Fig. 2)</source>
        <translation>VM contro CPU: punteggio CPU aggregato rispetto al numero di VM (Fig. 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>CPU score, sum over all guests</source>
        <translation>Punteggio CPU, somma su tutti i guest</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Fig. 3</source>
        <translation>Fig. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aggregate CPU score at the largest VM count vs bare metal (Fig. 3)</source>
        <translation>Punteggio CPU aggregato al numero massimo di VM rispetto al bare metal (Fig. 3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fig. 7</source>
        <translation>Fig. 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network throughput per guest vs number of VMs: out = guest → host, in = host → guest (Fig. 7)</source>
        <translation>Throughput di rete per guest rispetto al numero di VM: uscita = guest → host, entrata = host → guest (Fig. 7)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Throughput per guest</source>
        <translation>Throughput per guest</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fig. 8</source>
        <translation>Fig. 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network throughput by configuration, 1 VM: NIC model and hypervisor (Fig. 8)</source>
        <translation>Throughput di rete per configurazione, 1 VM: modello di NIC e hypervisor (Fig. 8)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fig. 9–11</source>
        <translation>Fig. 9–11</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Disk read/write by configuration, 1 VM: bonnie++ block I/O (Fig. 9–11)</source>
        <translation>Lettura/scrittura su disco per configurazione, 1 VM: I/O a blocchi di bonnie++ (Fig. 9–11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block throughput</source>
        <translation>Throughput a blocchi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk read/write by configuration, 1 VM: fio sequential (Fig. 9–11)</source>
        <translation>Lettura/scrittura su disco per configurazione, 1 VM: fio sequenziale (Fig. 9–11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sequential throughput</source>
        <translation>Throughput sequenziale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Random disk I/O by configuration, 1 VM: fio 4 KiB (beyond the paper)</source>
        <translation>I/O casuale su disco per configurazione, 1 VM: fio 4 KiB (oltre l&apos;articolo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random I/O</source>
        <translation>I/O casuale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fig. 12</source>
        <translation>Fig. 12</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aggregate disk read/write at the largest VM count: bonnie++ (Fig. 12)</source>
        <translation>Lettura/scrittura su disco aggregata al numero massimo di VM: bonnie++ (Fig. 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block throughput, sum over all guests</source>
        <translation>Throughput a blocchi, somma su tutti i guest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate disk read/write at the largest VM count: fio sequential (Fig. 12)</source>
        <translation>Lettura/scrittura su disco aggregata al numero massimo di VM: fio sequenziale (Fig. 12)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sequential throughput, sum over all guests</source>
        <translation>Throughput sequenziale, somma su tutti i guest</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Table I</source>
        <translation>Tabella I</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CPU score % loss vs bare metal at the largest VM count (Table I)</source>
        <translation>% di perdita del punteggio CPU rispetto al bare metal al numero massimo di VM (Tabella I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>% loss vs bare metal [%]</source>
        <translation>% di perdita rispetto al bare metal [%]</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Every benchmark&apos;s % loss vs bare metal at the largest VM count (Table I, extended)</source>
        <translation>% di perdita di ogni benchmark rispetto al bare metal al numero massimo di VM (Tabella I, estesa)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fairness across concurrent guests: Jain&apos;s index per cell (§6.3)</source>
        <translation>Equità tra guest concorrenti: indice di Jain per cella (§6.3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jain&apos;s index [1 = perfectly fair, 1/n = one guest takes all]</source>
        <translation>Indice di Jain [1 = perfettamente equo, 1/n = un guest prende tutto]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fairness across concurrent guests: slowest / fastest guest per cell (§6.3)</source>
        <translation>Equità tra guest concorrenti: guest più lento / più veloce per cella (§6.3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>min / max across guests, worst round [ratio]</source>
        <translation>min / max tra i guest, round peggiore [rapporto]</translation>
    </message>
</context>
<context>
    <name>hvbench::PdfReport</name>
    <message>
        <location filename="../ui/report/pdfreport.cpp" line="+115"/>
        <source>Could not render the chart &quot;%1&quot; for the PDF report.</source>
        <translation>Impossibile disegnare il grafico &quot;%1&quot; per il report PDF.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>hvbench report: %1</source>
        <translation>Report di hvbench: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not start the PDF report.</source>
        <translation>Impossibile avviare il report PDF.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not finish the PDF report.</source>
        <translation>Impossibile completare il report PDF.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF report came out empty.</source>
        <translation>Il report PDF è risultato vuoto.</translation>
    </message>
</context>
<context>
    <name>hvbench::Presets</name>
    <message>
        <location filename="../core/model/presets.cpp" line="+71"/>
        <source>Paper: KVM vs Xen, file vs LVM, 1/7/8/17 VMs</source>
        <translation>Articolo: KVM vs Xen, file vs LVM, 1/7/8/17 VM</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Quick: the paper&apos;s shape, 1 and 2 VMs, short runs</source>
        <translation>Rapido: la struttura dell&apos;articolo, 1 e 2 VM, esecuzioni brevi</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paper experiment</source>
        <translation>Esperimento dell&apos;articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seed paper&apos;s whole experiment (§6, figures 1-12, Table I): bare metal and KVM e1000, KVM virtio, Xen PV, Xen HVM with the data disk on a file and on LVM, 1, 7, 8 and 17 VMs of 1 vCPU and 2 GiB, all six benchmarks, 3 to 10 rounds until the spread is under 5 %. Takes many hours.</source>
        <translation>L&apos;intero esperimento dell&apos;articolo di riferimento (§6, figure 1-12, Tabella I): bare metal e KVM e1000, KVM virtio, Xen PV, Xen HVM con il disco dati su file e su LVM, 1, 7, 8 e 17 VM da 1 vCPU e 2 GiB, tutti e sei i benchmark, da 3 a 10 round finché la dispersione non scende sotto il 5 %. Richiede molte ore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quick check</source>
        <translation>Verifica rapida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The paper&apos;s configurations with 1 and 2 small VMs, short benchmark runs and one round: about 15 minutes even without KVM. Configurations the host cannot run are skipped with the reason.</source>
        <translation>Le configurazioni dell&apos;articolo con 1 e 2 VM piccole, benchmark brevi e un solo round: circa 15 minuti anche senza KVM. Le configurazioni che l&apos;host non può eseguire vengono saltate indicandone il motivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PI fairness on bare metal and in 1 and 2 VMs: the smallest run that shows every part of hvbench.</source>
        <translation>Equità PI su bare metal e in 1 e 2 VM: l&apos;esecuzione più piccola che mostra ogni parte di hvbench.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown preset &quot;%1&quot;: choose one of %2.</source>
        <translation>Preset sconosciuto &quot;%1&quot;: scegli uno tra %2.</translation>
    </message>
</context>
<context>
    <name>hvbench::Provisioner</name>
    <message>
        <location filename="../core/run/provisioner.cpp" line="+16"/>
        <source>creating its data disk</source>
        <translation>creazione del disco dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting</source>
        <translation>avvio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>booting</source>
        <translation>boot in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ready</source>
        <translation>pronta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measuring</source>
        <translation>misura in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shutting down</source>
        <translation>spegnimento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>rimossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>non riuscita</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Creating the isolated network %1 …</source>
        <translation>Creazione della rete isolata %1 …</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>Not connected to a libvirt host.</source>
        <translation>Non connesso a un host libvirt.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Network %1 ready: bridge %2, host address %3/%4.</source>
        <translation>Rete %1 pronta: bridge %2, indirizzo dell&apos;host %3/%4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>One block device (%1) cannot be the data disk of %2 concurrent VMs: use a file or LVM data disk for concurrency levels above 1.</source>
        <translation>Un solo dispositivo a blocchi (%1) non può essere il disco dati di %2 VM concorrenti: usa un disco dati su file o LVM per livelli di concorrenza superiori a 1.</translation>
    </message>
    <message>
        <location line="+171"/>
        <location line="+21"/>
        <source>Not connected.</source>
        <translation>Non connesso.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Could not delete the data volume %1: %2</source>
        <translation>Impossibile eliminare il volume dati %1: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not remove the network %1: %2</source>
        <translation>Impossibile rimuovere la rete %1: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::RecentFilesMenu</name>
    <message>
        <location filename="../ui/recentfilesmenu.cpp" line="+11"/>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (missing)</source>
        <translation>%1 (mancante)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent sessions</source>
        <translation>Nessuna sessione recente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Svuota l&apos;elenco</translation>
    </message>
</context>
<context>
    <name>hvbench::Reference</name>
    <message>
        <location filename="../core/analysis/reference.cpp" line="+32"/>
        <source>reference row %1</source>
        <translation>riga di riferimento %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reference row %1: unknown kind &quot;%2&quot; (hypervisor or cpu-yardstick).</source>
        <translation>Riga di riferimento %1: tipo &quot;%2&quot; sconosciuto (hypervisor o cpu-yardstick).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reference row %1: unknown benchmark &quot;%2&quot;.</source>
        <translation>Riga di riferimento %1: benchmark &quot;%2&quot; sconosciuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference row %1: %2 has no figure &quot;%3&quot;.</source>
        <translation>Riga di riferimento %1: %2 non ha la misura &quot;%3&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference row %1: unknown hypervisor &quot;%2&quot; (kvm, xen-hvm or xen-para).</source>
        <translation>Riga di riferimento %1: hypervisor &quot;%2&quot; sconosciuto (kvm, xen-hvm o xen-para).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference row %1: a hypervisor row needs a VM count of at least 1.</source>
        <translation>Riga di riferimento %1: una riga hypervisor richiede un numero di VM di almeno 1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: “%2” (%3)</source>
        <translation>%1: “%2” (%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot open the reference %1: %2</source>
        <translation>Impossibile aprire il riferimento %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The reference is not valid JSON (byte %1: %2).</source>
        <translation>Il riferimento non è JSON valido (byte %1: %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an hvbench reference of format 1.</source>
        <translation>Questo non è un riferimento hvbench di formato 1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reference source</source>
        <translation>reference source</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reference hardware</source>
        <translation>reference hardware</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The reference holds no rows.</source>
        <translation>Il riferimento non contiene righe.</translation>
    </message>
</context>
<context>
    <name>hvbench::Report</name>
    <message>
        <location filename="../core/io/reporthtml.cpp" line="+27"/>
        <source>not recorded</source>
        <translation>non registrato</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Run from %1 to %2 (UTC)</source>
        <translation>Esecuzione dalle %1 alle %2 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run started %1 (UTC), not finished</source>
        <translation>Esecuzione avviata %1 (UTC), non terminata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last result %1 (UTC)</source>
        <translation>Ultimo risultato %1 (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet: no results</source>
        <translation>Non ancora eseguita: nessun risultato</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>libvirt offered KVM on this host, but HVBENCH_ACCEL=tcg turned it off: the guests ran under QEMU&apos;s TCG software emulation, so every VM figure and every % loss below measures the emulator, not a hypervisor&apos;s overhead.</source>
        <translation>libvirt offriva KVM su questo host, ma HVBENCH_ACCEL=tcg lo ha disattivato: i guest sono girati nell&apos;emulazione software TCG di QEMU, quindi ogni valore delle VM e ogni % di perdita qui sotto misurano l&apos;emulatore, non il costo di un hypervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This host has no hardware virtualization (KVM): the guests ran under QEMU&apos;s TCG software emulation, so every VM figure and every % loss below measures the emulator, not a hypervisor&apos;s overhead.</source>
        <translation>Questo host non ha la virtualizzazione hardware (KVM): i guest sono girati nell&apos;emulazione software TCG di QEMU, quindi ogni valore delle VM e ogni % di perdita qui sotto misurano l&apos;emulatore, non il costo di un hypervisor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+271"/>
        <source>hvbench report: %1</source>
        <translation>Report di hvbench: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-268"/>
        <source>Session %1, host %2, %n result(s)</source>
        <translation>
            <numerusform>Sessione %1, host %2, %n risultato</numerusform>
            <numerusform>Sessione %1, host %2, %n risultati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hvbench %1</source>
        <translation>hvbench %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The session records no libvirt host: it was not run against one (bare metal only, imported results, or not run yet).</source>
        <translation>La sessione non registra alcun host libvirt: non è stata eseguita su uno (solo bare metal, risultati importati o non ancora eseguita).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt URI</source>
        <translation>URI libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Host name</source>
        <translation>Nome host</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Acceleration</source>
        <translation>Accelerazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+25"/>
        <source>CPU model</source>
        <translation>Modello di CPU</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Logical CPUs (cores)</source>
        <translation>CPU logiche (core)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM (MiB)</source>
        <translation>RAM (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>Architettura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt driver</source>
        <translation>Driver libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt version</source>
        <translation>Versione di libvirt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hypervisor version (%1)</source>
        <translation>Versione dell&apos;hypervisor (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The machine that ran hvbench</source>
        <translation>La macchina che ha eseguito hvbench</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>Kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical CPUs</source>
        <translation>CPU logiche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agents (bare metal and each guest, as they said hello)</source>
        <translation>Agenti (bare metal e ogni guest, come si sono presentati)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtualized</source>
        <translation>Virtualizzato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Guest image</source>
        <translation>Immagine guest</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM specs</source>
        <translation>Specifiche VM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matrix and benchmark parameters</source>
        <translation>Parametri della matrice e dei benchmark</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No rows.</source>
        <translation>Nessuna riga.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Command lines</source>
        <translation>Righe di comando</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No results, so no command was run.</source>
        <translation>Nessun risultato, quindi nessun comando è stato eseguito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tool version</source>
        <translation>Versione dello strumento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run in</source>
        <translation>Eseguito in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>iperf3 servers on the host</source>
        <translation>Server iperf3 sull&apos;host</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bare-metal network baseline</source>
        <translation>Baseline di rete bare metal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped cells</source>
        <translation>Celle saltate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not recorded (the session was not run by this version of hvbench).</source>
        <translation>Non registrato (la sessione non è stata eseguita da questa versione di hvbench).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None: every cell of the matrix ran.</source>
        <translation>Nessuna: ogni cella della matrice è stata eseguita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+21"/>
        <source>Cell</source>
        <translation>Cella</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(all)</source>
        <translation>(tutte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Repeats</source>
        <translation>Ripetizioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cells ran in a random order per round (seed %1).</source>
        <translation>Le celle sono state eseguite in ordine casuale a ogni round (seme %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rounds</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stopped by</source>
        <translation>Fermato da</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RSD (%)</source>
        <translation>RSD (%)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time: %1 s of rounds, %2 s inside benchmarks: orchestration overhead %3 %.</source>
        <translation>Tempo: %1 s di round, %2 s dentro i benchmark: costo dell&apos;orchestrazione %3 %.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Domain XML</source>
        <translation>XML del dominio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No domain was defined (no VM cell ran).</source>
        <translation>Nessun dominio è stato definito (nessuna cella VM eseguita).</translation>
    </message>
</context>
<context>
    <name>hvbench::ResultsModel</name>
    <message>
        <location filename="../core/model/resultsmodel.cpp" line="+82"/>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Misure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycles</source>
        <translation>Cicli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall (ms)</source>
        <translation>Tempo reale (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (ms)</source>
        <translation>CPU (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steal (ticks)</source>
        <translation>Steal (tick)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
</context>
<context>
    <name>hvbench::ResultsPage</name>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="+53"/>
        <source>Table I: loss versus bare metal</source>
        <translation>Tabella I: perdita rispetto al bare metal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>Raw results</source>
        <translation>Risultati grezzi</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Benchmarks: loss versus bare metal</source>
        <translation>Benchmark: perdita rispetto al bare metal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;CSV…</source>
        <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+142"/>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>Raw results (every guest run)…</source>
        <translation>Risultati grezzi (ogni esecuzione guest)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table I (loss table)…</source>
        <translation>Tabella I (tabella delle perdite)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;all…</source>
        <translation>Esporta &amp;tutto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export all</source>
        <translation>Esporta tutto</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Wrote %1</source>
        <translation>Scritto %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export charts and tables into folder</source>
        <translation>Esporta grafici e tabelle in una cartella</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Figures</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Table I — PI % loss vs bare metal</source>
        <translation>Tabella I — % di perdita PI rispetto al bare metal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Benchmarks — % loss, 95 % CI, Jain</source>
        <translation>Benchmark — % di perdita, IC 95 %, Jain</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Export &amp;chart…</source>
        <translation>Esporta &amp;grafico…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export chart</source>
        <translation>Esporta grafico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the selected figure as PNG or SVG, at the size and DPI you choose</source>
        <translation>Scrive la figura selezionata in PNG o SVG, alla dimensione e ai DPI che scegli</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write every chart as PNG and SVG, every table as CSV and the report (HTML and PDF) into a folder</source>
        <translation>Scrive in una cartella ogni grafico in PNG e SVG, ogni tabella in CSV e il report (HTML e PDF)</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>%1 to %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>hvbench::RunPage</name>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="+57"/>
        <source>&amp;Run</source>
        <translation>&amp;Esegui</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run plan</source>
        <translation>Piano di esecuzione</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Run</source>
        <translation>Esegui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the whole matrix; results recorded so far in this session are replaced</source>
        <translation>Esegue l&apos;intera matrice; i risultati registrati finora in questa sessione vengono sostituiti</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancel run</source>
        <translation>Annulla l&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run progress</source>
        <translation>Avanzamento dell&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%v / %m guest runs</source>
        <translation>%v / %m esecuzioni guest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current step</source>
        <translation>Passo corrente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Inattivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run log</source>
        <translation>Log dell&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run stopped: %1</source>
        <translation>L&apos;esecuzione si è fermata: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed: %1</source>
        <translation>non riuscita: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Fermata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run finished.</source>
        <translation>Esecuzione terminata.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Terminata</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+133"/>
        <source>bare metal</source>
        <translation>bare metal</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+133"/>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>result: %1, round %2, guest %3: %4 cycles, %5 ms wall</source>
        <translation>risultato: %1, round %2, guest %3: %4 cicli, %5 ms di tempo reale</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Run again?</source>
        <translation>Eseguire di nuovo?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This session already holds %n result(s). Running again replaces them in the open session (a saved file keeps them until you save).</source>
        <translation>
            <numerusform>Questa sessione contiene già %n risultato. Una nuova esecuzione lo sostituisce nella sessione aperta (un file salvato lo conserva finché non salvi).</numerusform>
            <numerusform>Questa sessione contiene già %n risultati. Una nuova esecuzione li sostituisce nella sessione aperta (un file salvato li conserva finché non salvi).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>— Run started at %1 —</source>
        <translation>— Esecuzione avviata alle %1 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting …</source>
        <translation>Avvio …</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Cells: %2 — %n round(s) each, host %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Celle: %2 — %n round ciascuna, host %3</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Celle: %2 — %n round ciascuna, host %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Resume run</source>
        <translation>Riprendi l&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume interrupted run</source>
        <translation>Riprendi l&apos;esecuzione interrotta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue the run that was cancelled or stopped: what it measured is kept and not measured again</source>
        <translation>Continua l&apos;esecuzione annullata o fermata: ciò che ha misurato viene conservato e non misurato di nuovo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause run</source>
        <translation>Metti in pausa l&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause after the running benchmark step (never mid-measurement)</source>
        <translation>Pausa dopo il passo di benchmark in corso (mai a metà di una misura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resu&amp;me</source>
        <translation>&amp;Riprendi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume paused run</source>
        <translation>Riprendi l&apos;esecuzione in pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the paused run</source>
        <translation>Continua l&apos;esecuzione in pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the run; results recorded so far are kept</source>
        <translation>Ferma l&apos;esecuzione; i risultati registrati finora vengono conservati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cell progress</source>
        <translation>Avanzamento delle celle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Virtual machines</source>
        <translation>Macchine virtuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y log</source>
        <translation>&amp;Copia log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save log …</source>
        <translation>&amp;Salva log …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time left</source>
        <translation>Tempo rimanente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copy log</source>
        <translation>Copia log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save log</source>
        <translation>Salva log</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Pausing after the running step …</source>
        <translation>Pausa dopo il passo in corso …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running …</source>
        <translation>In esecuzione …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 / %2 steps, time left: estimating …</source>
        <translation>%1 / %2 passi, tempo rimanente: stima in corso …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 / %2 steps, about %3 left</source>
        <translation>%1 / %2 passi, circa %3 rimanenti</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Network throughput per guest</source>
        <translation>Throughput di rete per guest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mbit/s (rx + tx)</source>
        <translation>Mbit/s (rx + tx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throughput appears while iperf3 runs</source>
        <translation>Il throughput compare
mentre iperf3 è in esecuzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PI cycles per guest</source>
        <translation>Cicli PI per guest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>10⁶ cycles</source>
        <translation>10⁶ cicli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PI results appear here as they arrive</source>
        <translation>I risultati PI compaiono qui
man mano che arrivano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steal per result</source>
        <translation>Steal per risultato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>steal ticks</source>
        <translation>tick di steal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steal ticks of each PI result appear here</source>
        <translation>I tick di steal di ogni
risultato PI compaiono qui</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resume the interrupted run?</source>
        <translation>Riprendere l&apos;esecuzione interrotta?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This session holds %n result(s) of a run that did not finish. Resume it (nothing measured is measured again), or run again from scratch (replaces them in the open session; a saved file keeps them until you save)?</source>
        <translation>
            <numerusform>Questa sessione contiene %n risultato di un&apos;esecuzione non terminata. Riprenderla (nulla di già misurato viene misurato di nuovo), o eseguire di nuovo da zero (lo sostituisce nella sessione aperta; un file salvato lo conserva finché non salvi)?</numerusform>
            <numerusform>Questa sessione contiene %n risultati di un&apos;esecuzione non terminata. Riprenderla (nulla di già misurato viene misurato di nuovo), o eseguire di nuovo da zero (li sostituisce nella sessione aperta; un file salvato li conserva finché non salvi)?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run again from scratch</source>
        <translation>Esegui di nuovo da zero</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>— Run resumed at %1 —</source>
        <translation>— Esecuzione ripresa alle %1 —</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Save the run log</source>
        <translation>Salva il log dell&apos;esecuzione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt *.log)</source>
        <translation>File di testo (*.txt *.log)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+4"/>
        <source>The log could not be written to %1: %2</source>
        <translation>Impossibile scrivere il log in %1: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::RunResult</name>
    <message>
        <location filename="../core/model/runresult.cpp" line="+56"/>
        <source>result</source>
        <translation>result</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>result: cycles and wall_ns must be positive.</source>
        <translation>result: cycles e wall_ns devono essere positivi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result: metric &quot;%1&quot; must be a number.</source>
        <translation>result: la metrica &quot;%1&quot; deve essere un numero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>result: a %1 result without metrics.</source>
        <translation>result: un risultato %1 senza metriche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>result: vm_count, repeat and guest must not be negative.</source>
        <translation>result: vm_count, repeat e guest non possono essere negativi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>agent result</source>
        <translation>risultato dell&apos;agente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>agent result metrics</source>
        <translation>metriche del risultato dell&apos;agente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The agent sent an implausible result (cycles %1, wall %2 ns).</source>
        <translation>L&apos;agente ha inviato un risultato non plausibile (cicli %1, tempo reale %2 ns).</translation>
    </message>
</context>
<context>
    <name>hvbench::Runner</name>
    <message>
        <location filename="../core/run/runner.cpp" line="+134"/>
        <source>The hvbench agent &quot;%1&quot; for the bare-metal baseline was not found or is not executable. Build it (cmake --build build/dev) or set HVBENCH_AGENT.</source>
        <translation>L&apos;agente hvbench &quot;%1&quot; per la baseline bare metal non è stato trovato o non è eseguibile. Compilalo (cmake --build build/dev) o imposta HVBENCH_AGENT.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VM spec %1: %2</source>
        <translation>Specifica VM %1: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Connecting to %1 …</source>
        <translation>Connessione a %1 …</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Nothing of this matrix can run here:
%1</source>
        <translation>Niente di questa matrice può essere eseguito qui:
%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Connected to %1 (%2, libvirt %3, hypervisor %4, %5).</source>
        <translation>Connesso a %1 (%2, libvirt %3, hypervisor %4, %5).</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>The host-side iperf3 servers could not start: %1</source>
        <translation>Impossibile avviare i server iperf3 lato host: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The host-side iperf3 server on port %1 stopped: %2</source>
        <translation>Il server iperf3 lato host sulla porta %1 si è fermato: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bare-metal network baseline could not be set up: %1</source>
        <translation>Impossibile predisporre la baseline di rete bare metal: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bare-metal network baseline: namespace attached to %1 through %2.</source>
        <translation>Baseline di rete bare metal: namespace collegato a %1 tramite %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Live throughput of %1 is not available: %2</source>
        <translation>Throughput in tempo reale di %1 non disponibile: %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Round %1: %2 cell(s) in random order.</source>
        <translation>Round %1: %2 celle in ordine casuale.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Bare metal: starting %1</source>
        <translation>Bare metal: avvio di %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 × %2: starting %n VM(s) …</source>
        <translation>
            <numerusform>%1 × %2: avvio di %n VM …</numerusform>
            <numerusform>%1 × %2: avvio di %n VM …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 started; waiting for its agent …</source>
        <translation>%1 avviata; in attesa del suo agente …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: agent %2 ready (kernel %3).</source>
        <translation>%1: agente %2 pronto (kernel %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1, round %2: %3 on %n guest(s) …</source>
        <translation>
            <numerusform>%1, round %2: %3 su %n guest …</numerusform>
            <numerusform>%1, round %2: %3 su %n guest …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+234"/>
        <source>bare metal</source>
        <translation>bare metal</translation>
    </message>
    <message>
        <location line="-234"/>
        <location line="+234"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>%1, %2 VM(s), round %3: %4</source>
        <translation>%1, %2 VM, round %3: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2 done</source>
        <translation>%1: %2 completato</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not dropped: the libvirt host is another machine (data disks use cache=none)</source>
        <translation>non svuotata: l&apos;host libvirt è un&apos;altra macchina (i dischi dati usano cache=none)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not dropped: %1 (needs root; data disks use cache=none)</source>
        <translation>non svuotata: %1 (richiede root; i dischi dati usano cache=none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The host&apos;s page cache was %1.</source>
        <translation>Page cache dell&apos;host: %1.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The run was cancelled.</source>
        <translation>L&apos;esecuzione è stata annullata.</translation>
    </message>
    <message>
        <location line="+264"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message numerus="yes">
        <location line="-829"/>
        <source>Resuming the interrupted run: its %n result(s) are kept.</source>
        <translation>
            <numerusform>Ripresa dell&apos;esecuzione interrotta: il suo %n risultato viene conservato.</numerusform>
            <numerusform>Ripresa dell&apos;esecuzione interrotta: i suoi %n risultati vengono conservati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+258"/>
        <source>Resuming after %n started round(s); %1 unfinished cell visit(s) of them run first.</source>
        <translation>
            <numerusform>Ripresa dopo %n round avviato; prima vengono eseguite %1 sue visite di cella non terminate.</numerusform>
            <numerusform>Ripresa dopo %n round avviati; prima vengono eseguite %1 loro visite di cella non terminate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Completing round %1 of %2.</source>
        <translation>Completamento del round %1 di %2.</translation>
    </message>
    <message>
        <location line="+292"/>
        <source>Pausing when the running benchmark step has its results …</source>
        <translation>Pausa quando il passo di benchmark in corso avrà i suoi risultati …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause withdrawn.</source>
        <translation>Pausa annullata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resumed.</source>
        <translation>Ripresa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paused between two benchmark steps; this cell&apos;s guests stay up, idle.</source>
        <translation>In pausa tra due passi di benchmark; i guest di questa cella restano accesi, inattivi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused between two cell visits; no guest is running.</source>
        <translation>In pausa tra due visite di cella; nessun guest è in esecuzione.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n round(s), as asked</source>
        <translation>
            <numerusform>%n round, come richiesto</numerusform>
            <numerusform>%n round, come richiesto</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spread below the RSD target</source>
        <translation>dispersione sotto l&apos;obiettivo di RSD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round limit reached without converging</source>
        <translation>limite di round raggiunto senza convergere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>time budget spent</source>
        <translation>budget di tempo esaurito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>run stopped before its rounds were done</source>
        <translation>esecuzione fermata prima di completare i round</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 skipped: %2</source>
        <translation>%1 saltata: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not planned on this host</source>
        <translation>non pianificata su questo host</translation>
    </message>
</context>
<context>
    <name>hvbench::Session</name>
    <message>
        <location filename="../core/model/session.cpp" line="+35"/>
        <source>Demo: PI fairness, bare metal vs 1 and 2 VMs</source>
        <translation>Demo: equità PI, bare metal contro 1 e 2 VM</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>⚠ QEMU/TCG software emulation (no KVM): VM figures measure the emulator</source>
        <translation>⚠ Emulazione software QEMU/TCG (niente KVM): i valori delle VM misurano l&apos;emulatore</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Session id &quot;%1&quot; is invalid: use 1-16 lowercase letters or digits.</source>
        <translation>L&apos;id di sessione &quot;%1&quot; non è valido: usa da 1 a 16 lettere minuscole o cifre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session names no host URI.</source>
        <translation>La sessione non indica alcun URI dell&apos;host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The session has no VM spec.</source>
        <translation>La sessione non ha specifiche VM.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A VM spec cannot be called &quot;%1&quot;: that name is the baseline&apos;s.</source>
        <translation>Una specifica VM non può chiamarsi &quot;%1&quot;: quel nome è della baseline.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two VM specs are called &quot;%1&quot;: spec names must be unique.</source>
        <translation>Due specifiche VM si chiamano &quot;%1&quot;: i nomi delle specifiche devono essere univoci.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This session was written by a newer hvbench (format %1; this version reads up to %2). Update hvbench to open it.</source>
        <translation>Questa sessione è stata scritta da un hvbench più recente (formato %1; questa versione legge fino al %2). Aggiorna hvbench per aprirla.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>formatVersion %1 is not valid.</source>
        <translation>formatVersion %1 non è valido.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>specs[%1] must be an object.</source>
        <translation>specs[%1] deve essere un oggetto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>results[%1] must be an object.</source>
        <translation>results[%1] deve essere un oggetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>results[%1]: %2</source>
        <translation>results[%1]: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::SessionCharts</name>
    <message>
        <location filename="../ui/charts/sessioncharts.cpp" line="+41"/>
        <source>Table I: PI % loss vs bare metal</source>
        <translation>Tabella I: % di perdita PI rispetto al bare metal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Benchmarks: % loss vs bare metal</source>
        <translation>Benchmark: % di perdita rispetto al bare metal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw results (every guest run)</source>
        <translation>Risultati grezzi (ogni esecuzione guest)</translation>
    </message>
</context>
<context>
    <name>hvbench::SessionFile</name>
    <message>
        <location filename="../core/io/sessionfile.cpp" line="+28"/>
        <source>Cannot open session file %1: %2</source>
        <translation>Impossibile aprire il file di sessione %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is larger than 1 GiB; it is not an hvbench session.</source>
        <translation>%1 è più grande di 1 GiB; non è una sessione di hvbench.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a valid session file (JSON error at byte %2: %3). It may be truncated.</source>
        <translation>%1 non è un file di sessione valido (errore JSON al byte %2: %3). Potrebbe essere troncato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a session file: the top level must be a JSON object.</source>
        <translation>%1 non è un file di sessione: il livello superiore deve essere un oggetto JSON.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot save %1: %2 Fix it, then save again.</source>
        <translation>Impossibile salvare %1: %2 Correggilo, poi salva di nuovo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::SpecCheck</name>
    <message>
        <location filename="../core/virt/speccheck.cpp" line="+32"/>
        <source>this host</source>
        <translation>questo host</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the libvirt test driver</source>
        <translation>il driver di test di libvirt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a Xen host</source>
        <translation>un host Xen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU/TCG (no KVM, no Xen)</source>
        <translation>QEMU/TCG (niente KVM, niente Xen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host %1 is %2</source>
        <translation>l&apos;host %1 è %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 offers no &quot;%2&quot; guests for %3: choose another hypervisor.</source>
        <translation>%1 non offre guest &quot;%2&quot; per %3: scegli un altro hypervisor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>choose Xen PV or Xen HVM, or a QEMU host</source>
        <translation>scegli Xen PV o Xen HVM, oppure un host QEMU</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>choose another host</source>
        <translation>scegli un altro host</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>choose KVM, QEMU/TCG or Auto</source>
        <translation>scegli KVM, QEMU/TCG o Auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose QEMU/TCG or Auto</source>
        <translation>scegli QEMU/TCG o Auto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto runs KVM or QEMU/TCG guests, but %1 offers neither for x86_64: %2.</source>
        <translation>Auto esegue guest KVM o QEMU/TCG, ma %1 non offre né gli uni né gli altri per x86_64: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KVM needs hardware virtualisation (/dev/kvm); %1, so it has only QEMU/TCG software emulation: choose QEMU/TCG or Auto.</source>
        <translation>KVM richiede la virtualizzazione hardware (/dev/kvm); %1, quindi ha solo l&apos;emulazione software QEMU/TCG: scegli QEMU/TCG o Auto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KVM needs a QEMU/KVM host; %1: %2.</source>
        <translation>KVM richiede un host QEMU/KVM; %1: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU/TCG needs a QEMU host; %1: %2.</source>
        <translation>QEMU/TCG richiede un host QEMU; %1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Xen PV needs x86_64 PV guest support; %1 but offers none: choose Xen HVM.</source>
        <translation>Xen PV richiede il supporto per guest PV x86_64; %1 ma non ne offre: scegli Xen HVM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xen PV needs a Xen host; %1: %2, or a Xen host.</source>
        <translation>Xen PV richiede un host Xen; %1: %2, oppure un host Xen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xen HVM needs hardware virtualisation on the Xen host; %1 but offers only Xen PV guests: choose Xen PV.</source>
        <translation>Xen HVM richiede la virtualizzazione hardware sull&apos;host Xen; %1 ma offre solo guest Xen PV: scegli Xen PV.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xen HVM needs a Xen host; %1: %2, or a Xen host.</source>
        <translation>Xen HVM richiede un host Xen; %1: %2, oppure un host Xen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown hypervisor in VM spec &quot;%1&quot;.</source>
        <translation>Hypervisor sconosciuto nella specifica VM &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VM spec &quot;%1&quot;: the storage pool &quot;%2&quot; does not exist on host %3, which has no storage pools: create one (virsh pool-define-as %2 dir --target DIRECTORY) or use no data disk.</source>
        <translation>Specifica VM &quot;%1&quot;: il pool di storage &quot;%2&quot; non esiste sull&apos;host %3, che non ha pool di storage: creane uno (virsh pool-define-as %2 dir --target DIRECTORY) o non usare un disco dati.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VM spec &quot;%1&quot;: the storage pool &quot;%2&quot; does not exist on host %3: create it or choose one of: %4.</source>
        <translation>Specifica VM &quot;%1&quot;: il pool di storage &quot;%2&quot; non esiste sull&apos;host %3: crealo o scegline uno tra: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VM spec &quot;%1&quot;: the storage pool &quot;%2&quot; on host %3 is not active: start it (virsh pool-start %2) or choose another pool.</source>
        <translation>Specifica VM &quot;%1&quot;: il pool di storage &quot;%2&quot; sull&apos;host %3 non è attivo: avvialo (virsh pool-start %2) o scegli un altro pool.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>sconosciuto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VM spec &quot;%1&quot;: a file data disk needs a directory pool (dir, fs or netfs), but pool &quot;%2&quot; on host %3 is of type %4: choose such a pool, or the LVM backend for a logical pool.</source>
        <translation>Specifica VM &quot;%1&quot;: un disco dati su file richiede un pool di tipo directory (dir, fs o netfs), ma il pool &quot;%2&quot; sull&apos;host %3 è di tipo %4: scegli un pool di quel tipo, oppure il backend LVM per un pool logical.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VM spec &quot;%1&quot;: an LVM data disk needs a logical (LVM volume group) pool, but pool &quot;%2&quot; on host %3 is of type %4: choose a logical pool, or the file backend.</source>
        <translation>Specifica VM &quot;%1&quot;: un disco dati LVM richiede un pool logical (gruppo di volumi LVM), ma il pool &quot;%2&quot; sull&apos;host %3 è di tipo %4: scegli un pool logical, oppure il backend su file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VM spec &quot;%1&quot;: pool &quot;%2&quot; on host %3 has %4 MiB free, but the data disk needs %5 MiB: make the data disk smaller, free space in the pool or choose another pool.</source>
        <translation>Specifica VM &quot;%1&quot;: il pool &quot;%2&quot; sull&apos;host %3 ha %4 MiB liberi, ma il disco dati ne richiede %5: riduci il disco dati, libera spazio nel pool o scegli un altro pool.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>VM spec &quot;%1&quot; asks for %2 MiB of RAM, but host %3 has only %4 MiB: lower the RAM.</source>
        <translation>La specifica VM &quot;%1&quot; chiede %2 MiB di RAM, ma l&apos;host %3 ne ha solo %4 MiB: riduci la RAM.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host %1 has no KVM: VM spec &quot;%2&quot; runs under QEMU/TCG software emulation, so its figures measure the emulator, not a hypervisor&apos;s overhead. Use a host with KVM for real numbers.</source>
        <translation>L&apos;host %1 non ha KVM: la specifica VM &quot;%2&quot; gira in emulazione software QEMU/TCG, quindi i suoi valori misurano l&apos;emulatore, non il costo di un hypervisor. Usa un host con KVM per numeri reali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VM spec &quot;%1&quot; has %2 vCPUs but host %3 has only %4 CPUs: the vCPUs of one guest compete for the same CPUs. Lower the vCPUs to %4 or fewer.</source>
        <translation>La specifica VM &quot;%1&quot; ha %2 vCPU ma l&apos;host %3 ha solo %4 CPU: le vCPU di un guest competono per le stesse CPU. Riduci le vCPU a %4 o meno.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 VMs × %2 MiB = %3 MiB of guest RAM, more than host %4&apos;s %5 MiB: the host will swap or guests will fail to start. Lower the RAM or the number of VMs.</source>
        <translation>%1 VM × %2 MiB = %3 MiB di RAM dei guest, più dei %5 MiB dell&apos;host %4: l&apos;host andrà in swap o i guest non si avvieranno. Riduci la RAM o il numero di VM.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 VMs need %1 data disks of %2 MiB, but pool &quot;%3&quot; on host %4 has only %5 MiB free: make the data disk smaller, run fewer VMs or free space in the pool.</source>
        <translation>%1 VM richiedono %1 dischi dati da %2 MiB, ma il pool &quot;%3&quot; sull&apos;host %4 ha solo %5 MiB liberi: riduci il disco dati, esegui meno VM o libera spazio nel pool.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The data disk of VM spec &quot;%1&quot; is the block device %2 on host %3: everything on it will be overwritten.</source>
        <translation>Il disco dati della specifica VM &quot;%1&quot; è il dispositivo a blocchi %2 sull&apos;host %3: tutto il suo contenuto verrà sovrascritto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 VMs would share the block device %2 and overwrite each other&apos;s data: use a file or LVM data disk (one volume per VM) for concurrent runs.</source>
        <translation>%1 VM condividerebbero il dispositivo a blocchi %2 sovrascrivendo l&apos;una i dati dell&apos;altra: usa un disco dati su file o LVM (un volume per VM) per le esecuzioni concorrenti.</translation>
    </message>
</context>
<context>
    <name>hvbench::SpecsListModel</name>
    <message>
        <location filename="../ui/models/specslistmodel.cpp" line="+18"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU/TCG</source>
        <translation>QEMU/TCG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xen PV</source>
        <translation>Xen PV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xen HVM</source>
        <translation>Xen HVM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>virtio-blk</source>
        <translation>virtio-blk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>virtio-scsi</source>
        <translation>virtio-scsi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xvd</source>
        <translation>xvd</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+62"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>1 vCPU</source>
        <translation>1 vCPU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 vCPUs</source>
        <translation>%1 vCPU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 isolated</source>
        <translation>%1 isolata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no data disk</source>
        <translation>nessun disco dati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>file %1 %2 %3</source>
        <translation>file %1 %2 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LVM %1 %2</source>
        <translation>LVM %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block %1 %2</source>
        <translation>blocco %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>own kernel</source>
        <translation>kernel proprio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>own disk image</source>
        <translation>immagine disco propria</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No host selected: specs are checked when you connect to a host on the Hosts page.</source>
        <translation>Nessun host selezionato: le specifiche vengono verificate quando ti connetti a un host nella pagina Host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runnable on %1.</source>
        <translation>Eseguibile su %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runnable on %1, but:
• %2</source>
        <translation>Eseguibile su %1, ma:
• %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused by %1: %2</source>
        <translation>Rifiutata da %1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invalid: %1</source>
        <translation>Non valida: %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>A VM spec needs a name: type one.</source>
        <translation>Una specifica VM richiede un nome: digitane uno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is the name of the bare-metal baseline: choose another name.</source>
        <translation>&quot;%1&quot; è il nome della baseline bare metal: scegli un altro nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another VM spec is already called &quot;%1&quot;: names must be unique.</source>
        <translation>Un&apos;altra specifica VM si chiama già &quot;%1&quot;: i nomi devono essere univoci.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>new-vm</source>
        <translation>nuova-vm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new-vm-%1</source>
        <translation>nuova-vm-%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the VM spec to duplicate.</source>
        <translation>Seleziona la specifica VM da duplicare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select the VM spec to rename.</source>
        <translation>Seleziona la specifica VM da rinominare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select the VM spec to change.</source>
        <translation>Seleziona la specifica VM da modificare.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select the VM spec to delete.</source>
        <translation>Seleziona la specifica VM da eliminare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is the session&apos;s only VM spec and a session needs at least one: add another spec before deleting this one.</source>
        <translation>&quot;%1&quot; è l&apos;unica specifica VM della sessione e una sessione ne richiede almeno una: aggiungi un&apos;altra specifica prima di eliminare questa.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no VM spec to move there.</source>
        <translation>Non c&apos;è una specifica VM da spostare lì.</translation>
    </message>
</context>
<context>
    <name>hvbench::SpecsPage</name>
    <message>
        <location filename="../ui/pages/specspage.cpp" line="+47"/>
        <source>Host checked against</source>
        <translation>Host usato per la verifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host verdict</source>
        <translation>Verdetto dell&apos;host</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Host warnings</source>
        <translation>Avvisi dell&apos;host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spec list message</source>
        <translation>Messaggio dell&apos;elenco delle specifiche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VM specs</source>
        <translation>Specifiche VM</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New</source>
        <translation>&amp;Nuova</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a VM spec with default settings (Insert)</source>
        <translation>Aggiungi una specifica VM con le impostazioni predefinite (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a copy of the selected VM spec (Ctrl+D)</source>
        <translation>Aggiungi una copia della specifica VM selezionata (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me</source>
        <translation>Rino&amp;mina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected VM spec (F2)</source>
        <translation>Rinomina la specifica VM selezionata (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected VM spec, after asking (Delete)</source>
        <translation>Elimina la specifica VM selezionata, dopo aver chiesto conferma (Canc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected VM spec up (Alt+Up): the matrix runs specs in this order</source>
        <translation>Sposta su la specifica VM selezionata (Alt+Su): la matrice esegue le specifiche in questo ordine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected VM spec down (Alt+Down)</source>
        <translation>Sposta giù la specifica VM selezionata (Alt+Giù)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;VM specs of this session:</source>
        <translation>Specifiche &amp;VM di questa sessione:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Selected spec</source>
        <translation>Specifica selezionata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check against the host</source>
        <translation>Verifica rispetto all&apos;host</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Select the VM spec to rename.</source>
        <translation>Seleziona la specifica VM da rinominare.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select the VM spec to delete.</source>
        <translation>Seleziona la specifica VM da eliminare.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete VM spec</source>
        <translation>Elimina specifica VM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the VM spec &quot;%1&quot;? The matrix will no longer run it.</source>
        <translation>Eliminare la specifica VM &quot;%1&quot;? La matrice non la eseguirà più.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No host selected — specs are checked when you connect to a host on the Hosts page.</source>
        <translation>Nessun host selezionato — le specifiche vengono verificate quando ti connetti a un host nella pagina Host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 CPUs · %3 MiB RAM</source>
        <translation>%1 · %2 CPU · %3 MiB di RAM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warnings assume one VM at a time (the matrix&apos;s largest VM count).</source>
        <translation>Gli avvisi presuppongono una VM alla volta (il numero massimo di VM della matrice).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings assume %1 concurrent VMs (the matrix&apos;s largest VM count).</source>
        <translation>Gli avvisi presuppongono %1 VM concorrenti (il numero massimo di VM della matrice).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked against %1 — %2 — as recorded by this session&apos;s last run; connect to a host on the Hosts page to check against its current state. %3</source>
        <translation>Verificata rispetto a %1 — %2 — come registrato dall&apos;ultima esecuzione di questa sessione; connettiti a un host nella pagina Host per verificare rispetto al suo stato attuale. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked against %1 — %2. %3</source>
        <translation>Verificata rispetto a %1 — %2. %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a VM spec.</source>
        <translation>Seleziona una specifica VM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✖ Not saved: %1</source>
        <translation>✖ Non salvata: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>✔ This host can run this spec.</source>
        <translation>✔ Questo host può eseguire questa specifica.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ This host can run this spec, with warnings:</source>
        <translation>⚠ Questo host può eseguire questa specifica, con avvisi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ This host cannot run this spec: %1</source>
        <translation>✖ Questo host non può eseguire questa specifica: %1</translation>
    </message>
</context>
<context>
    <name>hvbench::Storage</name>
    <message>
        <location filename="../core/virt/storage.cpp" line="+48"/>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LVM logical volume</source>
        <translation>volume logico LVM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block device</source>
        <translation>dispositivo a blocchi</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No block device is set. Enter the path of a block device such as /dev/sdb.</source>
        <translation>Nessun dispositivo a blocchi impostato. Inserisci il percorso di un dispositivo a blocchi come /dev/sdb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block device %1 does not exist on this host. Check the path.</source>
        <translation>Il dispositivo a blocchi %1 non esiste su questo host. Controlla il percorso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a block device. Enter a disk, partition or loop device such as /dev/sdb, or choose a file disk instead.</source>
        <translation>%1 non è un dispositivo a blocchi. Inserisci un disco, una partizione o un dispositivo loop come /dev/sdb, oppure scegli un disco su file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is mounted at %2. Unmount it first, or choose a device that holds no file system in use: the benchmark overwrites the whole device.</source>
        <translation>%1 è montato su %2. Smontalo prima, o scegli un dispositivo senza file system in uso: il benchmark sovrascrive l&apos;intero dispositivo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is in use as swap space. Turn it off (swapoff) or choose another device.</source>
        <translation>%1 è in uso come spazio di swap. Disattivalo (swapoff) o scegli un altro dispositivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is in use by %2 (LVM, RAID or device-mapper). Choose a device nothing else uses.</source>
        <translation>%1 è in uso da parte di %2 (LVM, RAID o device-mapper). Scegli un dispositivo che nient&apos;altro usa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has a size of zero (an unattached loop device or an empty drive). Choose a device with storage behind it.</source>
        <translation>%1 ha dimensione zero (un dispositivo loop non collegato o un&apos;unità vuota). Scegli un dispositivo con dello spazio di archiviazione.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The block device “%1” is not an absolute path. Enter a path such as /dev/sdb.</source>
        <translation>Il dispositivo a blocchi “%1” non è un percorso assoluto. Inserisci un percorso come /dev/sdb.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown disk format “%1”. Choose raw or qcow2.</source>
        <translation>Formato disco “%1” sconosciuto. Scegli raw o qcow2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A logical volume is always raw; format “%1” is not possible there. Choose raw, or a file disk in a directory pool for qcow2.</source>
        <translation>Un volume logico è sempre raw; lì il formato “%1” non è possibile. Scegli raw, oppure un disco su file in un pool directory per qcow2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data disk of VM %1 has no size. Enter a size greater than zero.</source>
        <translation>Il disco dati della VM %1 non ha dimensione. Inserisci una dimensione maggiore di zero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid session id for volume names (1–16 lower-case letters and digits).</source>
        <translation>“%1” non è un id di sessione valido per i nomi dei volumi (da 1 a 16 lettere minuscole e cifre).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The storage pool “%1” does not exist on this host. Choose an existing pool or create one (virsh pool-define-as, or virt-manager).</source>
        <translation>Il pool di storage “%1” non esiste su questo host. Scegli un pool esistente o creane uno (virsh pool-define-as, o virt-manager).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The storage pool “%1” is not running. Start it (virsh pool-start %1) or choose another pool.</source>
        <translation>Il pool di storage “%1” non è in esecuzione. Avvialo (virsh pool-start %1) o scegli un altro pool.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The storage pool “%1” is of type “%2”, but a %3 disk needs a pool of type %4. Choose another pool or another disk backend.</source>
        <translation>Il pool di storage “%1” è di tipo “%2”, ma un disco %3 richiede un pool di tipo %4. Scegli un altro pool o un altro backend del disco.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A volume “%1” already exists in pool “%2”; hvbench never overwrites a volume. Remove leftovers of earlier runs (hvbench-cli cleanup) or delete it yourself.</source>
        <translation>Esiste già un volume “%1” nel pool “%2”; hvbench non sovrascrive mai un volume. Rimuovi i residui di esecuzioni precedenti (hvbench-cli cleanup) o eliminalo tu stesso.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the free space of pool “%1”: %2</source>
        <translation>Impossibile leggere lo spazio libero del pool “%1”: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The storage pool “%1” is full: %2 free, %3 needed for the data disk of VM %4. Free space in the pool, choose a smaller disk or another pool.</source>
        <translation>Il pool di storage “%1” è pieno: %2 liberi, %3 necessari per il disco dati della VM %4. Libera spazio nel pool, scegli un disco più piccolo o un altro pool.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Could not create the data disk “%1” in pool “%2”: %3</source>
        <translation>Impossibile creare il disco dati “%1” nel pool “%2”: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” was not created by hvbench, so hvbench does not delete it. Delete it yourself if you no longer need it.</source>
        <translation>“%1” non è stato creato da hvbench, quindi hvbench non lo elimina. Eliminalo tu stesso se non ti serve più.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot delete “%1”: the storage pool “%2” no longer exists.</source>
        <translation>Impossibile eliminare “%1”: il pool di storage “%2” non esiste più.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not deleting “%1” in pool “%2”: it is now at %3, not at %4 where hvbench created it.</source>
        <translation>Non elimino “%1” nel pool “%2”: ora si trova in %3, non in %4 dove hvbench l&apos;aveva creato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not delete the volume “%1” in pool “%2”: %3</source>
        <translation>Impossibile eliminare il volume “%1” nel pool “%2”: %3</translation>
    </message>
</context>
<context>
    <name>hvbench::Units</name>
    <message>
        <location filename="../core/analysis/units.cpp" line="+17"/>
        <source>Mbit/s</source>
        <translation>Mbit/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MiB/s</source>
        <translation>MiB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MIPS</source>
        <translation>MIPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>µs</source>
        <translation>µs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ns</source>
        <translation>ns</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>cycles</source>
        <translation>cicli</translation>
    </message>
</context>
<context>
    <name>hvbench::Uri</name>
    <message>
        <location filename="../core/virt/uri.cpp" line="+57"/>
        <source>Type a libvirt URI, for example qemu:///system.</source>
        <translation>Digita un URI libvirt, per esempio qemu:///system.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The URI &quot;%1&quot; contains a space: remove it.</source>
        <translation>L&apos;URI &quot;%1&quot; contiene uno spazio: rimuovilo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a libvirt URI: the driver name must be followed by &quot;://&quot;, for example qemu:///system.</source>
        <translation>&quot;%1&quot; non è un URI libvirt: il nome del driver deve essere seguito da &quot;://&quot;, per esempio qemu:///system.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URI &quot;%1&quot; has no driver name before &quot;:&quot;: start it with qemu, xen, test, …</source>
        <translation>L&apos;URI &quot;%1&quot; non ha un nome di driver prima di &quot;:&quot;: inizialo con qemu, xen, test, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In &quot;%1&quot; the driver name must be followed by &quot;://&quot;, for example qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>In &quot;%1&quot; il nome del driver deve essere seguito da &quot;://&quot;, per esempio qemu:///system o qemu+ssh://utente@host/system.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown hypervisor driver &quot;%1&quot; in &quot;%2&quot;: use one of %3.</source>
        <translation>Driver di hypervisor &quot;%1&quot; sconosciuto in &quot;%2&quot;: usa uno tra %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown transport &quot;%1&quot; in &quot;%2&quot;: use one of %3 (or none for this computer).</source>
        <translation>Trasporto &quot;%1&quot; sconosciuto in &quot;%2&quot;: usa uno tra %3 (o nessuno per questo computer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The URI &quot;%1&quot; is malformed (%2): check the user, host and port.</source>
        <translation>L&apos;URI &quot;%1&quot; non è ben formato (%2): controlla utente, host e porta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port in &quot;%1&quot; must be between 1 and 65535.</source>
        <translation>La porta in &quot;%1&quot; deve essere tra 1 e 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; uses %2 but names no host: add one, for example %3+%2://root@HOST/system.</source>
        <translation>&quot;%1&quot; usa %2 ma non indica un host: aggiungine uno, per esempio %3+%2://root@HOST/system.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; uses the local unix transport but names the host &quot;%2&quot;: remove the host, or use ssh, tcp or tls to reach another machine.</source>
        <translation>&quot;%1&quot; usa il trasporto unix locale ma indica l&apos;host &quot;%2&quot;: rimuovi l&apos;host, oppure usa ssh, tcp o tls per raggiungere un&apos;altra macchina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; names a user or port but no host: add the host, e.g. qemu+ssh://user@HOST/system.</source>
        <translation>&quot;%1&quot; indica un utente o una porta ma nessun host: aggiungi l&apos;host, ad es. qemu+ssh://utente@HOST/system.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The QEMU URI &quot;%1&quot; must end in /system (the system instance) or /session (your user&apos;s instance), e.g. qemu:///system.</source>
        <translation>L&apos;URI QEMU &quot;%1&quot; deve terminare con /system (l&apos;istanza di sistema) o /session (l&apos;istanza del tuo utente), ad es. qemu:///system.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Xen URI &quot;%1&quot; must end in /system, e.g. xen:///system.</source>
        <translation>L&apos;URI Xen &quot;%1&quot; deve terminare con /system, ad es. xen:///system.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The test URI &quot;%1&quot; needs a path: /default or the absolute path of a test driver XML file, e.g. test:///default.</source>
        <translation>L&apos;URI di test &quot;%1&quot; richiede un percorso: /default o il percorso assoluto di un file XML del driver di test, ad es. test:///default.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A parameter in &quot;%1&quot; has no name: write ?name=value&amp;name2=value2.</source>
        <translation>Un parametro in &quot;%1&quot; non ha nome: scrivi ?nome=valore&amp;nome2=valore2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Embedded QEMU URIs (%1) can only be edited as text.</source>
        <translation>Gli URI QEMU embedded (%1) si possono modificare solo come testo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 driver is not in the form&apos;s list: edit &quot;%2&quot; as text.</source>
        <translation>Il driver %1 non è nell&apos;elenco del modulo: modifica &quot;%2&quot; come testo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The %1 transport is not in the form&apos;s list: edit &quot;%2&quot; as text.</source>
        <translation>Il trasporto %1 non è nell&apos;elenco del modulo: modifica &quot;%2&quot; come testo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The test driver configuration &quot;%1&quot; must be an absolute path.</source>
        <translation>La configurazione del driver di test &quot;%1&quot; deve essere un percorso assoluto.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the host name: %1 connects to another machine.</source>
        <translation>Digita il nome dell&apos;host: %1 si connette a un&apos;altra macchina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A host, user or port needs a remote transport (SSH, TCP or TLS): choose one, or clear those fields to connect to this computer.</source>
        <translation>Un host, un utente o una porta richiedono un trasporto remoto (SSH, TCP o TLS): scegline uno, oppure svuota quei campi per connetterti a questo computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port must be between 1 and 65535 (or empty for the default).</source>
        <translation>La porta deve essere tra 1 e 65535 (o vuota per quella predefinita).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM sessione utente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xen</source>
        <translation>Xen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test (libvirt mock driver)</source>
        <translation>Test (driver fittizio di libvirt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNIX socket</source>
        <translation>Socket UNIX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TCP (SASL)</source>
        <translation>TCP (SASL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
</context>
<context>
    <name>hvbench::VirtHost</name>
    <message>
        <location filename="../core/virt/virtworker.cpp" line="+23"/>
        <source>the daemon closed it</source>
        <translation>il demone l&apos;ha chiusa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the host stopped answering</source>
        <translation>l&apos;host ha smesso di rispondere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error on the connection</source>
        <translation>un errore sulla connessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection to the libvirt host was lost (%1). VMs it was running are destroyed by libvirt (they were started with autodestroy).</source>
        <translation>La connessione all&apos;host libvirt si è interrotta (%1). Le VM che eseguiva vengono distrutte da libvirt (erano state avviate con autodestroy).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 (scripts/ensure-libvirtd.sh starts a libvirt daemon on this computer.)</source>
        <translation>%1 (scripts/ensure-libvirtd.sh avvia un demone libvirt su questo computer.)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Not started: the run was stopped.</source>
        <translation>Non avviata: l&apos;esecuzione è stata fermata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not connected to a libvirt host.</source>
        <translation>Non connesso a un host libvirt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libvirt could not start the VM: %1</source>
        <translation>libvirt non è riuscito ad avviare la VM: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot open the agent channel %1 of VM %2: %3</source>
        <translation>Impossibile aprire il canale dell&apos;agente %1 della VM %2: %3</translation>
    </message>
</context>
<context>
    <name>hvbench::VmCounts</name>
    <message>
        <location filename="../core/model/vmcounts.cpp" line="+25"/>
        <source>&quot;%1&quot; is not a VM count: write whole numbers of at least 1 separated by commas, e.g. &quot;1, 7, 8, 17&quot;.</source>
        <translation>&quot;%1&quot; non è un numero di VM: scrivi interi di almeno 1 separati da virgole, ad es. &quot;1, 7, 8, 17&quot;.</translation>
    </message>
</context>
<context>
    <name>hvbench::VmPhaseModel</name>
    <message>
        <location filename="../core/run/vmphasemodel.cpp" line="+76"/>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
</context>
<context>
    <name>hvbench::VmSpec</name>
    <message>
        <location filename="../core/model/vmspec.cpp" line="+76"/>
        <source>Unknown %1 &quot;%2&quot;: use one of %3.</source>
        <translation>Valore di %1 sconosciuto: &quot;%2&quot;; usa uno tra %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VM spec: the field &quot;%1&quot; is wrong. %2</source>
        <translation>Specifica VM: il campo &quot;%1&quot; è errato. %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>hypervisor</source>
        <translation>hypervisor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto (KVM when the host has it, otherwise QEMU/TCG software emulation)</source>
        <translation>Auto (KVM se l&apos;host lo ha, altrimenti emulazione software QEMU/TCG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KVM (hardware virtualisation)</source>
        <translation>KVM (virtualizzazione hardware)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU/TCG (software emulation)</source>
        <translation>QEMU/TCG (emulazione software)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xen PV (paravirtualised)</source>
        <translation>Xen PV (paravirtualizzato)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xen HVM (hardware virtualisation)</source>
        <translation>Xen HVM (virtualizzazione hardware)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NIC model</source>
        <translation>modello di NIC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtio-net (paravirtual)</source>
        <translation>virtio-net (paravirtuale)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intel e1000 (emulated)</source>
        <translation>Intel e1000 (emulata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intel e1000e (emulated)</source>
        <translation>Intel e1000e (emulata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realtek RTL8139 (emulated)</source>
        <translation>Realtek RTL8139 (emulata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xen netfront (paravirtual)</source>
        <translation>Xen netfront (paravirtuale)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>network mode</source>
        <translation>modalità di rete</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU user-mode NAT (no setup, slower)</source>
        <translation>NAT user-mode di QEMU (nessuna configurazione, più lenta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Isolated network created by hvbench</source>
        <translation>Rete isolata creata da hvbench</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>disk backend</source>
        <translation>backend del disco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No data disk</source>
        <translation>Nessun disco dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File in a storage pool</source>
        <translation>File in un pool di storage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LVM logical volume</source>
        <translation>Volume logico LVM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Existing block device (overwritten)</source>
        <translation>Dispositivo a blocchi esistente (sovrascritto)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>disk format</source>
        <translation>formato del disco</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qcow2</source>
        <translation>qcow2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disk bus</source>
        <translation>bus del disco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>virtio-blk</source>
        <translation>virtio-blk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virtio-scsi</source>
        <translation>virtio-scsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SATA (AHCI)</source>
        <translation>SATA (AHCI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDE</source>
        <translation>IDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xen block (xvd)</source>
        <translation>Xen block (xvd)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>guest image kind</source>
        <translation>tipo di immagine guest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundled guest (built by hvbench)</source>
        <translation>Guest incluso (creato da hvbench)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your kernel and initrd</source>
        <translation>Il tuo kernel e initrd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your bootable disk image</source>
        <translation>La tua immagine disco avviabile</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A VM spec needs a name.</source>
        <translation>Una specifica VM richiede un nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM spec &quot;%1&quot;: %2</source>
        <translation>Specifica VM &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs must be between 1 and 256 (is %1).</source>
        <translation>Le vCPU devono essere tra 1 e 256 (sono %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RAM must be between 64 MiB and 1 TiB (is %1 MiB).</source>
        <translation>La RAM deve essere tra 64 MiB e 1 TiB (è %1 MiB).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data disk must be between 16 MiB and 16 TiB (is %1 MiB).</source>
        <translation>il disco dati deve essere tra 16 MiB e 16 TiB (è %1 MiB).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the disk bus xen needs a Xen hypervisor (Xen PV or Xen HVM): choose the bus %1, or a Xen hypervisor.</source>
        <translation>il bus disco xen richiede un hypervisor Xen (Xen PV o Xen HVM): scegli il bus %1, oppure un hypervisor Xen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot use the disk bus %2: choose %3.</source>
        <translation>%1 non può usare il bus disco %2: scegli %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the NIC model netfront needs a Xen hypervisor (Xen PV or Xen HVM): choose the NIC model %1, or a Xen hypervisor.</source>
        <translation>il modello di NIC netfront richiede un hypervisor Xen (Xen PV o Xen HVM): scegli il modello di NIC %1, oppure un hypervisor Xen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot use the NIC model %2: choose %3.</source>
        <translation>%1 non può usare il modello di NIC %2: scegli %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has no QEMU user-mode networking: choose the isolated network.</source>
        <translation>%1 non ha la rete user-mode di QEMU: scegli la rete isolata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the qcow2 format needs a file data disk (logical volumes and block devices are raw): choose the raw format or the file backend.</source>
        <translation>il formato qcow2 richiede un disco dati su file (volumi logici e dispositivi a blocchi sono raw): scegli il formato raw o il backend su file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a %1 data disk needs a storage pool: name one.</source>
        <translation>un disco dati %1 richiede un pool di storage: indicane uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a block-device data disk needs the absolute path of an existing device (e.g. /dev/loop0; is &quot;%1&quot;).</source>
        <translation>un disco dati su dispositivo a blocchi richiede il percorso assoluto di un dispositivo esistente (ad es. /dev/loop0; è &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a kernel + initrd guest needs the path of its kernel: choose the kernel file.</source>
        <translation>un guest kernel + initrd richiede il percorso del suo kernel: scegli il file del kernel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a disk-image guest needs the path of its disk image: choose the image file.</source>
        <translation>un guest da immagine disco richiede il percorso della sua immagine disco: scegli il file dell&apos;immagine.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>VM spec</source>
        <translation>Specifica VM</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>VM spec, guest image</source>
        <translation>Specifica VM, immagine guest</translation>
    </message>
</context>
<context>
    <name>hvbench::VmSpecForm</name>
    <message>
        <location filename="../ui/pages/vmspecform.cpp" line="+30"/>
        <source>Configuration name</source>
        <translation>Nome della configurazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration &amp;name:</source>
        <translation>&amp;Nome della configurazione:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hypervisor</source>
        <translation>Hypervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hypervisor:</source>
        <translation>&amp;Hypervisor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>v&amp;CPUs:</source>
        <translation>v&amp;CPU:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>RAM</source>
        <translation>RAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RAM:</source>
        <translation>&amp;RAM:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIC model</source>
        <translation>Modello di NIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;IC model:</source>
        <translation>Modello N&amp;IC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Rete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User-mode: QEMU&apos;s built-in NAT. Isolated: a libvirt network hvbench creates for the run (no forwarding, DHCP) and removes afterwards; network benchmarks need it.</source>
        <translation>User-mode: il NAT integrato di QEMU. Isolata: una rete libvirt che hvbench crea per l&apos;esecuzione (senza inoltro, con DHCP) e rimuove al termine; i benchmark di rete la richiedono.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net&amp;work:</source>
        <translation>Re&amp;te:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data disk</source>
        <translation>Disco dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File and LVM data disks are created in the pool for the run and deleted after it. A block device is used as it is and OVERWRITTEN. LVM was exercised only against libvirt&apos;s test driver (this development machine has no device-mapper).</source>
        <translation>I dischi dati su file e LVM vengono creati nel pool per l&apos;esecuzione ed eliminati al termine. Un dispositivo a blocchi viene usato così com&apos;è e SOVRASCRITTO. LVM è stato provato solo con il driver di test di libvirt (questa macchina di sviluppo non ha device-mapper).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Data disk:</source>
        <translation>&amp;Disco dati:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disk format</source>
        <translation>Formato del disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk &amp;format:</source>
        <translation>&amp;Formato disco:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk bus</source>
        <translation>Bus del disco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk &amp;bus:</source>
        <translation>&amp;Bus disco:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage pool</source>
        <translation>Pool di storage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Storage &amp;pool:</source>
        <translation>P&amp;ool di storage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block device</source>
        <translation>Dispositivo a blocchi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bloc&amp;k device:</source>
        <translation>Di&amp;spositivo a blocchi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data disk size</source>
        <translation>Dimensione del disco dati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data disk si&amp;ze:</source>
        <translation>Di&amp;mensione disco dati:</translation>
    </message>
</context>
<context>
    <name>hvbench::agent::AgentClient</name>
    <message>
        <location filename="../core/guest/agentclient.cpp" line="+19"/>
        <source>%1 Its console log is %2.</source>
        <translation>%1 Il suo log della console è %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The agent of %1 did not say hello within %2 s.</source>
        <translation>L&apos;agente di %1 non ha salutato entro %2 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent of %1 did not say hello within %2 s; read the guest&apos;s console log %3.</source>
        <translation>L&apos;agente di %1 non ha salutato entro %2 s; leggi il log della console del guest %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not finish run %2 in time.</source>
        <translation>%1 non ha terminato l&apos;esecuzione %2 in tempo.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 answered a run that was not asked for (%2).</source>
        <translation>%1 ha risposto a un&apos;esecuzione non richiesta (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The agent of %1 reported an error: %2</source>
        <translation>L&apos;agente di %1 ha segnalato un errore: %2</translation>
    </message>
</context>
<context>
    <name>hvbench::agent::AgentLink</name>
    <message>
        <location filename="../core/guest/agentlink.cpp" line="+28"/>
        <source>The agent sent a line longer than 16 MiB; it was dropped.</source>
        <translation>L&apos;agente ha inviato una riga più lunga di 16 MiB; è stata scartata.</translation>
    </message>
</context>
<context>
    <name>hvbench::agent::ProcessAgentLink</name>
    <message>
        <location filename="../core/guest/processagentlink.cpp" line="+21"/>
        <source>Cannot start the agent %1: %2</source>
        <translation>Impossibile avviare l&apos;agente %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bare-metal agent crashed. %1</source>
        <translation>L&apos;agente bare metal si è bloccato. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The bare-metal agent exited with code %1. %2</source>
        <translation>L&apos;agente bare metal è uscito con codice %1. %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>bare metal</source>
        <translation>bare metal</translation>
    </message>
</context>
<context>
    <name>hvbench::agent::StreamAgentLink</name>
    <message>
        <location filename="../core/guest/streamagentlink.cpp" line="+46"/>
        <source>virStreamRecv failed (%1)</source>
        <translation>virStreamRecv non riuscito (%1)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The agent channel of %1 closed (the VM stopped).</source>
        <translation>Il canale dell&apos;agente di %1 si è chiuso (la VM si è fermata).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agent channel of %1 failed: %2</source>
        <translation>Il canale dell&apos;agente di %1 non ha funzionato: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VM %1</source>
        <translation>VM %1</translation>
    </message>
</context>
<context>
    <name>hvbench::bench</name>
    <message>
        <location filename="../core/bench/bonnieresult.cpp" line="+87"/>
        <source>bonnie++ CSV line %1, field %2: &quot;%3&quot; is not a number.</source>
        <translation>Riga CSV di bonnie++ %1, campo %2: &quot;%3&quot; non è un numero.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>bonnie++ CSV line %1: unknown format version &quot;%2&quot; in field 0 (expected 1.96, 1.97 or 1.98+): is this bonnie++ -q output?</source>
        <translation>Riga CSV di bonnie++ %1: versione di formato &quot;%2&quot; sconosciuta nel campo 0 (attese 1.96, 1.97 o 1.98+): è l&apos;output di bonnie++ -q?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bonnie++ CSV line %1: %2 fields, but format %3 has %4: the line is truncated or not bonnie++ CSV.</source>
        <translation>Riga CSV di bonnie++ %1: %2 campi, ma il formato %3 ne ha %4: la riga è troncata o non è CSV di bonnie++.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>bonnie++ produced no CSV line: run it with -q and read its standard output.</source>
        <translation>bonnie++ non ha prodotto righe CSV: eseguilo con -q e leggi il suo standard output.</translation>
    </message>
    <message>
        <location filename="../core/bench/fioresult.cpp" line="+43"/>
        <source>%1: the percentile &quot;%2&quot; is not a number.</source>
        <translation>%1: il percentile &quot;%2&quot; non è un numero.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>fio output contains no JSON document: run fio with --output-format=json. Output began: &quot;%1&quot;</source>
        <translation>L&apos;output di fio non contiene un documento JSON: esegui fio con --output-format=json. L&apos;output iniziava con: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fio JSON output is invalid (%1 at offset %2): was it cut short?</source>
        <translation>L&apos;output JSON di fio non è valido (%1 all&apos;offset %2): è stato troncato?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fio reported no jobs: check the job file or command line.</source>
        <translation>fio non ha riportato alcun job: controlla il file dei job o la riga di comando.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>fio job &quot;%1&quot; failed with error %2 (%3): see fio&apos;s messages in the raw output.</source>
        <translation>Il job fio &quot;%1&quot; è fallito con errore %2 (%3): vedi i messaggi di fio nell&apos;output grezzo.</translation>
    </message>
    <message>
        <location filename="../core/bench/iperf3result.cpp" line="+39"/>
        <source>iperf3 produced no output: check that it ran with -J.</source>
        <translation>iperf3 non ha prodotto output: controlla che sia stato eseguito con -J.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>iperf3 output is not a JSON object (%1 at offset %2): run it with -J.</source>
        <translation>L&apos;output di iperf3 non è un oggetto JSON (%1 all&apos;offset %2): eseguilo con -J.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>iperf3 failed: %1</source>
        <translation>iperf3 non riuscito: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>send buffer %1 bytes</source>
        <translation>buffer di invio %1 byte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receive buffer %1 bytes</source>
        <translation>buffer di ricezione %1 byte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>iperf3 asked for a %1-byte window (-w) but got %2: raise net.core.wmem_max and net.core.rmem_max, or drop -w.</source>
        <translation>iperf3 ha chiesto una finestra (-w) di %1 byte ma ha ottenuto %2: aumenta net.core.wmem_max e net.core.rmem_max, oppure togli -w.</translation>
    </message>
    <message>
        <location filename="../core/bench/sevenzipresult.cpp" line="+78"/>
        <source>The 7-Zip benchmark reported an error on line %1: &quot;%2&quot;</source>
        <translation>Il benchmark di 7-Zip ha segnalato un errore alla riga %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1 of the 7-Zip benchmark output is not a table row of four numbers on each side (dictionary: speed KiB/s, usage %, R/U MIPS, rating MIPS): &quot;%2&quot;</source>
        <translation>La riga %1 dell&apos;output del benchmark di 7-Zip non è una riga di tabella con quattro numeri per lato (dizionario: velocità KiB/s, uso %, R/U MIPS, valutazione MIPS): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Line %1 of the 7-Zip benchmark output is not an &quot;Avr:&quot; row of three or four numbers on each side: &quot;%2&quot;</source>
        <translation>La riga %1 dell&apos;output del benchmark di 7-Zip non è una riga &quot;Avr:&quot; con tre o quattro numeri per lato: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1 of the 7-Zip benchmark output is not a &quot;Tot:&quot; row of three numbers (usage %, R/U MIPS, rating MIPS): &quot;%2&quot;</source>
        <translation>La riga %1 dell&apos;output del benchmark di 7-Zip non è una riga &quot;Tot:&quot; di tre numeri (uso %, R/U MIPS, valutazione MIPS): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The 7-Zip benchmark printed nothing.</source>
        <translation>Il benchmark di 7-Zip non ha stampato nulla.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not the output of the 7-Zip benchmark (7zz b): it has no &quot;7-Zip&quot; version line. It starts with: &quot;%1&quot;</source>
        <translation>Questo non è l&apos;output del benchmark di 7-Zip (7zz b): manca la riga della versione &quot;7-Zip&quot;. Inizia con: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 7-Zip benchmark output ends before its &quot;%1&quot; line: the run was cut short (killed, timed out or out of memory). Its last line is: &quot;%2&quot;</source>
        <translation>L&apos;output del benchmark di 7-Zip termina prima della riga &quot;%1&quot;: l&apos;esecuzione è stata interrotta (terminata, scaduta o senza memoria). La sua ultima riga è: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The 7-Zip benchmark output has a result but no dictionary rows (&quot;22:  …  |  …&quot;): it is not the LZMA benchmark.</source>
        <translation>L&apos;output del benchmark di 7-Zip ha un risultato ma nessuna riga del dizionario (&quot;22:  …  |  …&quot;): non è il benchmark LZMA.</translation>
    </message>
</context>
<context>
    <name>hvbench::bench::ExternalScore</name>
    <message>
        <location filename="../core/bench/externalscore.cpp" line="+43"/>
        <source>The JSON path &quot;%1&quot; is not valid: %2</source>
        <translation>Il percorso JSON &quot;%1&quot; non è valido: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is empty.</source>
        <translation>è vuoto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a key must follow &apos;.&apos; (write &quot;a[0]&quot;, not &quot;a.[0]&quot;).</source>
        <translation>dopo &apos;.&apos; deve seguire una chiave (scrivi &quot;a[0]&quot;, non &quot;a.[0]&quot;).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;[&apos; without &apos;]&apos;.</source>
        <translation>&apos;[&apos; senza &apos;]&apos;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;[%1]&quot; is not an array index (a number from 0).</source>
        <translation>&quot;[%1]&quot; non è un indice di array (un numero da 0).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has an empty key (a &apos;.&apos; at the start or two in a row).</source>
        <translation>ha una chiave vuota (un &apos;.&apos; all&apos;inizio o due di fila).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;]&apos; without &apos;[&apos;.</source>
        <translation>&apos;]&apos; senza &apos;[&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a &apos;.&apos; must separate a key from the index before it.</source>
        <translation>un &apos;.&apos; deve separare una chiave dall&apos;indice che la precede.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it ends with &apos;.&apos;.</source>
        <translation>termina con &apos;.&apos;.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the top level</source>
        <translation>il livello superiore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the string &quot;%1&quot;</source>
        <translation>la stringa &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is %2, not an object with the key &quot;%3&quot;</source>
        <translation>%1 è %2, non un oggetto con la chiave &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no key &quot;%2&quot; (its keys: %3)</source>
        <translation>%1 non ha la chiave &quot;%2&quot; (le sue chiavi: %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2, not an array</source>
        <translation>%1 è %2, non un array</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 has %n element(s), no [%2]</source>
        <translation>
            <numerusform>%1 ha %n elemento, nessun [%2]</numerusform>
            <numerusform>%1 ha %n elementi, nessun [%2]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is %2, not a number</source>
        <translation>&quot;%1&quot; è %2, non un numero</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The output of %1 holds no JSON document, so there is no score at &quot;%2&quot;. Output: &quot;%3&quot;</source>
        <translation>L&apos;output di %1 non contiene un documento JSON, quindi non c&apos;è un punteggio in &quot;%2&quot;. Output: &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No score at &quot;%1&quot; in the JSON output of %2: %3. Output: &quot;%4&quot;</source>
        <translation>Nessun punteggio in &quot;%1&quot; nell&apos;output JSON di %2: %3. Output: &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The output of %1 does not match /%2/, so it holds no score. Output: &quot;%3&quot;</source>
        <translation>L&apos;output di %1 non corrisponde a /%2/, quindi non contiene un punteggio. Output: &quot;%3&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>/%1/ matched &quot;%2&quot; in the output of %3, which is not a plain number: a score must be written in the C locale (digits, &apos;.&apos; for decimals, an optional exponent; no thousands separators such as &quot;1,234.5&quot;). Output: &quot;%4&quot;</source>
        <translation>/%1/ ha trovato &quot;%2&quot; nell&apos;output di %3, che non è un numero semplice: un punteggio va scritto nella locale C (cifre, &apos;.&apos; per i decimali, un esponente facoltativo; niente separatori delle migliaia come &quot;1,234.5&quot;). Output: &quot;%4&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The external benchmark needs a command line: the program and its arguments.</source>
        <translation>Il benchmark esterno richiede una riga di comando: il programma e i suoi argomenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The external score needs a unit (for example HS06) to be shown with it.</source>
        <translation>Il punteggio esterno richiede un&apos;unità (per esempio HS06) da mostrare accanto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where the score is in the output of %1: a JSON path or a regular expression.</source>
        <translation>Indica dove si trova il punteggio nell&apos;output di %1: un percorso JSON o un&apos;espressione regolare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give either a JSON path or a regular expression for the score of %1, not both.</source>
        <translation>Indica un percorso JSON oppure un&apos;espressione regolare per il punteggio di %1, non entrambi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The regular expression /%1/ does not compile: %2 (at character %3).</source>
        <translation>L&apos;espressione regolare /%1/ non compila: %2 (al carattere %3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The regular expression /%1/ must have exactly one capture group, around the score; it has %2. Write other groups as (?:…).</source>
        <translation>L&apos;espressione regolare /%1/ deve avere esattamente un gruppo di cattura, attorno al punteggio; ne ha %2. Scrivi gli altri gruppi come (?:…).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>External score</source>
        <translation>Punteggio esterno</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>External score: the field &quot;argv&quot; must be an array of strings.</source>
        <translation>Punteggio esterno: il campo &quot;argv&quot; deve essere un array di stringhe.</translation>
    </message>
</context>
<context>
    <name>hvbench::bench::Measurement</name>
    <message>
        <location filename="../core/bench/measurement.cpp" line="+96"/>
        <source>block write</source>
        <translation>scrittura a blocchi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block read</source>
        <translation>lettura a blocchi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rewrite</source>
        <translation>riscrittura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random seeks</source>
        <translation>seek casuali</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per-character write (putc)</source>
        <translation>scrittura per carattere (putc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>per-character read (getc)</source>
        <translation>lettura per carattere (getc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequential create</source>
        <translation>creazione sequenziale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequential stat</source>
        <translation>stat sequenziale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sequential delete</source>
        <translation>eliminazione sequenziale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random create</source>
        <translation>creazione casuale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random stat</source>
        <translation>stat casuale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random delete</source>
        <translation>eliminazione casuale</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>iperf3 output can only be a net-out or net-in result, not %1.</source>
        <translation>L&apos;output di iperf3 può essere solo un risultato net-out o net-in, non %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is an inbound (-R) run, imported as outbound: use --direction in (net-in).</source>
        <translation>Questa è un&apos;esecuzione in entrata (-R), importata come in uscita: usa --direction in (net-in).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an outbound run (no -R), imported as inbound: use --direction out (net-out).</source>
        <translation>Questa è un&apos;esecuzione in uscita (senza -R), importata come in entrata: usa --direction out (net-out).</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>fio job &quot;%1&quot; did no %2 I/O: it has no figures.</source>
        <translation>Il job fio &quot;%1&quot; non ha fatto I/O in %2: non ha valori.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write</source>
        <translation>scrittura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read</source>
        <translation>lettura</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fio did no I/O in any job%1: check its size, runtime and rw options in the output.</source>
        <translation>fio non ha fatto I/O in nessun job%1: controlla nell&apos;output le opzioni size, runtime e rw.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (seq-write, seq-read, rand-write, rand-read)</source>
        <translation> (seq-write, seq-read, rand-write, rand-read)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>bonnie++ could not measure %1: it finished too quickly — use a larger -s (or -n for the file tests).</source>
        <translation>bonnie++ non è riuscito a misurare %1: è terminato troppo in fretta — usa un -s più grande (o -n per i test sui file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bonnie++ could not measure %1 in %2 of %3 runs (it finished too quickly); the figure is the mean of the other runs — use a larger -s.</source>
        <translation>bonnie++ non è riuscito a misurare %1 in %2 esecuzioni su %3 (è terminato troppo in fretta); il valore è la media delle altre esecuzioni — usa un -s più grande.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>bonnie++ measured neither block write nor block read: both finished too quickly (&quot;+++++&quot;) — use a larger -s (at least twice the RAM).</source>
        <translation>bonnie++ non ha misurato né la scrittura né la lettura a blocchi: entrambe sono terminate troppo in fretta (&quot;+++++&quot;) — usa un -s più grande (almeno il doppio della RAM).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bonnie++ measured neither block write nor block read: the sequential tests were not run (-s 0?).</source>
        <translation>bonnie++ non ha misurato né la scrittura né la lettura a blocchi: i test sequenziali non sono stati eseguiti (-s 0?).</translation>
    </message>
</context>
<context>
    <name>hvbench::cli</name>
    <message>
        <location filename="../app/cli/benchoptions.cpp" line="+56"/>
        <source>--external-command: a %1 quote is not closed.</source>
        <translation>--external-command: una virgoletta %1 non è chiusa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 takes a whole number (got &quot;%2&quot;).</source>
        <translation>--%1 richiede un numero intero (ricevuto &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--preset %1: %2 (presets: %3)</source>
        <translation>--preset %1: %2 (preset: %3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--benchmarks: unknown benchmark &quot;%1&quot; (there are: %2).</source>
        <translation>--benchmarks: benchmark sconosciuto &quot;%1&quot; (quelli disponibili: %2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--rsd takes a percentage, e.g. 5 (got &quot;%1&quot;).</source>
        <translation>--rsd richiede una percentuale, ad es. 5 (ricevuto &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Benchmark options of run:
  --preset P           start from a preset: paper (the paper&apos;s section 6 matrix),
                       quick (the same shape, scaled to finish in minutes), demo
  --benchmarks LIST    pi, cpu-score, external-score, net-out, net-in, fio, bonnie
  --cpu-dict N         7-Zip dictionary 2^N bytes   --cpu-iterations N
  --iperf3-time S  --iperf3-window W (e.g. 256K)  --iperf3-streams N  --iperf3-omit S
  --fio-size MIB       data set (0 = twice the guest&apos;s RAM)  --fio-runtime S (0 = one
                       pass over the data set)  --fio-iodepth N
  --bonnie-size MIB    data set (0 = twice the guest&apos;s RAM)
  --external-command &quot;CMD ARGS&quot; with --external-json-path P or --external-regex R
                       (one capture group) and --external-unit U
                       [--external-lower-is-better]: a licensed scorer (HS06, HEPscore)
Repeats: --repeats N (minimum rounds) --max-repeats N --rsd PCT (stop a cell when every
  key figure&apos;s relative standard deviation is below PCT) --budget MIN (no new round
  after MIN minutes) --seed N (order of the cells in each round; 0 = random)</source>
        <translation>Opzioni di benchmark di run:
  --preset P           parte da un preset: paper (la matrice della sezione 6
                       dell&apos;articolo), quick (la stessa struttura, ridotta per finire
                       in pochi minuti), demo
  --benchmarks LISTA   pi, cpu-score, external-score, net-out, net-in, fio, bonnie
  --cpu-dict N         dizionario di 7-Zip da 2^N byte   --cpu-iterations N
  --iperf3-time S  --iperf3-window W (ad es. 256K)  --iperf3-streams N  --iperf3-omit S
  --fio-size MIB       dati del test (0 = il doppio della RAM del guest)  --fio-runtime S
                       (0 = un passaggio sui dati)  --fio-iodepth N
  --bonnie-size MIB    dati del test (0 = il doppio della RAM del guest)
  --external-command &quot;CMD ARG&quot; con --external-json-path P o --external-regex R
                       (un gruppo di cattura) e --external-unit U
                       [--external-lower-is-better]: un valutatore con licenza (HS06, HEPscore)
Ripetizioni: --repeats N (round minimi) --max-repeats N --rsd PCT (ferma una cella quando
  la deviazione standard relativa di ogni valore chiave è sotto PCT) --budget MIN (nessun
  nuovo round dopo MIN minuti) --seed N (ordine delle celle in ogni round; 0 = casuale)</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+28"/>
        <source>Usage: hvbench-cli COMMAND [options]

Commands:
  run [SESSION_FILE]   run a session file, or the built-in demo with --demo
  show SESSION_FILE    print the % loss table (Table I) of a session
  export SESSION_FILE --export-dir DIR [--format png,svg,csv] [--size WxH]
                       [--dpi N] [--report html|pdf|both]
                       write its charts, CSV tables and report (see below)
  cleanup [--uri URI] [--yes]   remove what crashed hvbench runs left on a host
                       (only objects carrying hvbench&apos;s mark whose creator is gone)
  import --tool iperf3|fio|bonnie ... --out SESSION_FILE FILE...
                       add outputs of tools run by hand (see import --help)
  compare SESSION_FILE... [--reference]   sessions side by side, and the paper&apos;s
                       published % loss (see compare --help)

Options of run:
  --demo               the built-in demo: PI on bare metal, 1 and 2 VMs
  --out FILE           where to save the session (default: the file run, or
                       ./hvbench-demo-&lt;time&gt;/session.hvbench for --demo)
  --export-dir DIR     also write PNG charts and CSV tables there
                       (default for --demo: the folder of --out)
  --uri URI            libvirt host (default: the session&apos;s, qemu:///system)
  --vms LIST           concurrency levels, e.g. 1,2
  --repeats N          rounds per cell
  --digits N           PI digits (0 = the agent&apos;s default)
  --memory MIB         RAM of each VM      --vcpus N   vCPUs of each VM
  --no-baseline        skip the bare-metal baseline
  --cleanup            first remove leftovers of crashed runs on the host
  --resume             continue the session&apos;s interrupted run (cancelled, failed or
                       killed): what it measured is kept and not measured again
                       (without it, a run starts anew and replaces the results)
  kill -USR1 PID       pauses the run after its running step; again: resumes

  -h, --help           this help      -v, --version   the version

Exit status: 0 ok; 1 a run failed while measuring (what was measured is kept);
2 usage or bad input: a bad session file or option, an unreachable host, a missing
guest image, a spec the host cannot run, a guest that never answered.
Progress goes to stderr, results to stdout.</source>
        <translation>Uso: hvbench-cli COMANDO [opzioni]

Comandi:
  run [FILE_SESSIONE]  esegue un file di sessione, o la demo integrata con --demo
  show FILE_SESSIONE   stampa la tabella della % di perdita (Tabella I) di una sessione
  export FILE_SESSIONE --export-dir DIR [--format png,svg,csv] [--size LxA]
                       [--dpi N] [--report html|pdf|both]
                       scrive i suoi grafici, le tabelle CSV e il report (vedi sotto)
  cleanup [--uri URI] [--yes]   rimuove da un host ciò che hanno lasciato esecuzioni di
                       hvbench bloccate (solo oggetti con il contrassegno di hvbench
                       il cui creatore non esiste più)
  import --tool iperf3|fio|bonnie ... --out FILE_SESSIONE FILE...
                       aggiunge output di strumenti eseguiti a mano (vedi import --help)
  compare FILE_SESSIONE... [--reference]   sessioni affiancate, e la % di perdita
                       pubblicata dall&apos;articolo (vedi compare --help)

Opzioni di run:
  --demo               la demo integrata: PI su bare metal, 1 e 2 VM
  --out FILE           dove salvare la sessione (predefinito: il file eseguito, o
                       ./hvbench-demo-&lt;ora&gt;/session.hvbench per --demo)
  --export-dir DIR     scrive lì anche i grafici PNG e le tabelle CSV
                       (predefinito per --demo: la cartella di --out)
  --uri URI            host libvirt (predefinito: quello della sessione, qemu:///system)
  --vms LISTA          livelli di concorrenza, ad es. 1,2
  --repeats N          round per cella
  --digits N           cifre di PI (0 = il valore predefinito dell&apos;agente)
  --memory MIB         RAM di ogni VM      --vcpus N   vCPU di ogni VM
  --no-baseline        salta la baseline bare metal
  --cleanup            rimuove prima i residui di esecuzioni bloccate sull&apos;host
  --resume             continua l&apos;esecuzione interrotta della sessione (annullata,
                       fallita o terminata): ciò che ha misurato viene conservato e
                       non misurato di nuovo (senza, un&apos;esecuzione riparte da capo e
                       sostituisce i risultati)
  kill -USR1 PID       mette in pausa l&apos;esecuzione dopo il passo in corso; di nuovo:
                       la riprende

  -h, --help           questo aiuto      -v, --version   la versione

Stato di uscita: 0 tutto bene; 1 un&apos;esecuzione è fallita durante la misura (ciò che è
stato misurato viene conservato); 2 uso errato o input non valido: un file di sessione
o un&apos;opzione non validi, un host irraggiungibile, un&apos;immagine guest mancante, una
specifica che l&apos;host non può eseguire, un guest che non ha mai risposto.
L&apos;avanzamento va su stderr, i risultati su stdout.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every command:
  --lang CODE          language of the messages, e.g. it or en
                       (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)</source>
        <translation>Ogni comando:
  --lang CODICE        lingua dei messaggi, ad es. it o en
                       (predefinita: da LANGUAGE, LC_ALL, LC_MESSAGES, LANG)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--vms takes numbers separated by commas, e.g. 1,2 (got &quot;%1&quot;).</source>
        <translation>--vms richiede numeri separati da virgole, ad es. 1,2 (ricevuto &quot;%1&quot;).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--repeats, --digits, --memory and --vcpus take a whole number.</source>
        <translation>--repeats, --digits, --memory e --vcpus richiedono un numero intero.</translation>
    </message>
    <message>
        <location filename="../app/cli/climessages.cpp" line="+38"/>
        <location filename="../app/cli/comparecommand.cpp" line="+86"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/comparecommand.cpp" line="+0"/>
        <source>Figure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/comparecommand.cpp" line="+0"/>
        <source>Configuration</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/comparecommand.cpp" line="+0"/>
        <source>VMs</source>
        <translation>VM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean per guest</source>
        <translation>Media per guest</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>± 95 % CI</source>
        <translation>± IC 95 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aggregate</source>
        <translation>Aggregato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% loss</source>
        <translation>% di perdita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>± CI</source>
        <translation>± IC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jain</source>
        <translation>Jain</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <location filename="../app/cli/specoptions.cpp" line="+21"/>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>VM spec options of run:
  --hypervisor H       auto (KVM if the host has it, else QEMU/TCG), kvm, qemu,
                       xen-pv, xen-hvm
  --nic M              virtio, e1000, e1000e, rtl8139, netfront (Xen)
  --network N          user (QEMU user-mode NAT) or isolated (a libvirt network
                       hvbench creates for the run and removes after)
  --disk B             data disk: none, file (a volume in --pool), lvm (a logical
                       volume in a logical --pool), block (--block-device, overwritten)
  --disk-format F      raw or qcow2 (file disks)
  --disk-bus B         virtio, virtio-scsi, sata, ide, xen
  --pool NAME          libvirt storage pool of file/lvm disks (default: default)
  --block-device PATH  an existing block device for --disk block
  --disk-size MIB      size of each VM&apos;s data disk
</source>
        <translation>Opzioni della specifica VM di run:
  --hypervisor H       auto (KVM se l&apos;host lo ha, altrimenti QEMU/TCG), kvm, qemu,
                       xen-pv, xen-hvm
  --nic M              virtio, e1000, e1000e, rtl8139, netfront (Xen)
  --network N          user (NAT user-mode di QEMU) o isolated (una rete libvirt
                       che hvbench crea per l&apos;esecuzione e rimuove al termine)
  --disk B             disco dati: none, file (un volume in --pool), lvm (un volume
                       logico in un --pool logical), block (--block-device, sovrascritto)
  --disk-format F      raw o qcow2 (dischi su file)
  --disk-bus B         virtio, virtio-scsi, sata, ide, xen
  --pool NOME          pool di storage libvirt dei dischi file/lvm (predefinito: default)
  --block-device PERCORSO  un dispositivo a blocchi esistente per --disk block
  --disk-size MIB      dimensione del disco dati di ogni VM
</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--disk-size takes a whole number of MiB (got &quot;%1&quot;).</source>
        <translation>--disk-size richiede un numero intero di MiB (ricevuto &quot;%1&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/comparecommand.cpp" line="-62"/>
        <source>Usage: hvbench-cli compare SESSION_FILE... [--reference]

Prints the sessions&apos; benchmark tables side by side, aligned by benchmark, figure,
configuration and VM count: per session [k] the mean per guest (in the figure&apos;s
unit), the % loss against its own bare metal, the loss&apos;s 95 % CI and n.  A cell a
session lacks is &quot;—&quot; (never 0).

  --reference   add the % loss published by Chierici, Veraldi and Salomoni (2009):
                Table I (HEP-SPEC06, 8 VMs) and the PI test of §6.3.  hvbench&apos;s CPU
                score is 7-Zip, not HEP-SPEC06: compare % loss, not scores.
  -h, --help    this help

Exit status: 0 printed; 2 a bad option or a session file that does not load.</source>
        <translation>Uso: hvbench-cli compare FILE_SESSIONE... [--reference]

Stampa affiancate le tabelle dei benchmark delle sessioni, allineate per benchmark,
misura, configurazione e numero di VM: per ogni sessione [k] la media per guest
(nell&apos;unità della misura), la % di perdita rispetto al proprio bare metal, l&apos;IC 95 %
della perdita e n.  Una cella che manca a una sessione è &quot;—&quot; (mai 0).

  --reference   aggiunge la % di perdita pubblicata da Chierici, Veraldi e Salomoni
                (2009): Tabella I (HEP-SPEC06, 8 VM) e il test PI del §6.3. Il punteggio
                CPU di hvbench è 7-Zip, non HEP-SPEC06: confronta la % di perdita, non i
                punteggi.
  -h, --help    questo aiuto

Stato di uscita: 0 stampato; 2 un&apos;opzione non valida o un file di sessione che non si carica.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>compare needs two session files, or one with --reference.</source>
        <translation>compare richiede due file di sessione, oppure uno con --reference.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[%1] %2 (%3, %4 results)%5</source>
        <translation>[%1] %2 (%3, %4 risultati)%5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>paper</source>
        <translation>articolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] %2 — published, not measured: % loss only; its CPU figure is HEP-SPEC06, hvbench&apos;s is 7-Zip</source>
        <translation>[%1] %2 — pubblicato, non misurato: solo % di perdita; la sua misura della CPU è HEP-SPEC06, quella di hvbench è 7-Zip</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit</source>
        <translation>Unità</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>[%1] mean</source>
        <translation>[%1] media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[%1] % loss</source>
        <translation>[%1] % di perdita</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>[%1] 95 % CI</source>
        <translation>[%1] IC 95 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[%1] n</source>
        <translation>[%1] n</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No results in these sessions yet.</source>
        <translation>Ancora nessun risultato in queste sessioni.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="+29"/>
        <source>Options of export (and of run --export-dir):
  --format LIST        what to write: png, svg, csv, comma separated
                       (default png,csv)
  --size WxH           chart size in pixels at 96 dpi (default 1200x800)
  --dpi N              PNG resolution: the PNG has WxH × N/96 pixels, fonts and
                       lines scaled with it (default 96; 300 for print)
  --report KIND        also write the report: html, pdf or both
                       (charts, % loss tables, host manifest, commands, domain XML)</source>
        <translation>Opzioni di export (e di run --export-dir):
  --format LISTA       cosa scrivere: png, svg, csv, separati da virgole
                       (predefinito png,csv)
  --size LxA           dimensione dei grafici in pixel a 96 dpi (predefinita 1200x800)
  --dpi N              risoluzione PNG: il PNG ha LxA × N/96 pixel, con caratteri e
                       linee scalati di conseguenza (predefinito 96; 300 per la stampa)
  --report TIPO        scrive anche il report: html, pdf o both
                       (grafici, tabelle della % di perdita, manifesto dell&apos;host,
                       comandi, XML dei domini)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--format: %1</source>
        <translation>--format: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--size: %1</source>
        <translation>--size: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--dpi: %1</source>
        <translation>--dpi: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--report: %1</source>
        <translation>--report: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Written before the failure: %1</source>
        <translation>Scritto prima dell&apos;errore: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 to %2</source>
        <translation>Scritto %1 in %2</translation>
    </message>
</context>
<context>
    <name>hvbench::cli::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+53"/>
        <source>run takes either a session file, --demo or --preset P.

</source>
        <translation>run richiede un file di sessione, --demo o --preset P.

</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>export needs --export-dir DIR.</source>
        <translation>export richiede --export-dir DIR.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No command given.</source>
        <translation>Nessun comando indicato.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unknown command or wrong arguments: %1</source>
        <translation>Comando sconosciuto o argomenti errati: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2 results, host %3 (%4)</source>
        <translation>%1 — %2 risultati, host %3 (%4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not run yet</source>
        <translation>non ancora eseguita</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No results yet.</source>
        <translation>Ancora nessun risultato.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Charts and CSV written to %1</source>
        <translation>Grafici e CSV scritti in %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Session: %1</source>
        <translation>Sessione: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WARNING: %1</source>
        <translation>ATTENZIONE: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was measured: no charts written to %1.</source>
        <translation>Non è stato misurato nulla: nessun grafico scritto in %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time: %1 s of rounds, %2 s inside benchmarks: orchestration overhead %3 %.</source>
        <translation>Tempo: %1 s di round, %2 s dentro i benchmark: costo dell&apos;orchestrazione %3 %.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The run failed: %1
%n result(s) measured before the failure are kept in %2.</source>
        <translation>
            <numerusform>L&apos;esecuzione è fallita: %1
%n risultato misurato prima dell&apos;errore è conservato in %2.</numerusform>
            <numerusform>L&apos;esecuzione è fallita: %1
%n risultati misurati prima dell&apos;errore sono conservati in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Skipped (%n):</source>
        <translation>
            <numerusform>Saltata (%n):</numerusform>
            <numerusform>Saltate (%n):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(all)</source>
        <translation>(tutte)</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>--resume: %1 holds no interrupted run to continue.</source>
        <translation>--resume: %1 non contiene un&apos;esecuzione interrotta da continuare.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the demo</source>
        <translation>la demo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: this session holds an interrupted run; it is replaced (--resume continues it instead).</source>
        <translation>Nota: questa sessione contiene un&apos;esecuzione interrotta; viene sostituita (--resume invece la continua).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Paused (send SIGUSR1 again to resume).</source>
        <translation>In pausa (invia di nuovo SIGUSR1 per riprendere).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resumed.</source>
        <translation>Ripresa.</translation>
    </message>
</context>
<context>
    <name>hvbench::json::Reader</name>
    <message>
        <location filename="../core/model/jsonread.cpp" line="+19"/>
        <source>%1: the field &quot;%2&quot; is missing.</source>
        <translation>%1: manca il campo &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the field &quot;%2&quot; must be %3.</source>
        <translation>%1: il campo &quot;%2&quot; deve essere %3.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+39"/>
        <source>Measure what a hypervisor costs.</source>
        <translation>Misura quanto costa un hypervisor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session file to open.</source>
        <translation>File di sessione da aprire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with the built-in demo session (default).</source>
        <translation>Avvia con la sessione demo integrata (predefinito).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start the run at once.</source>
        <translation>Avvia subito l&apos;esecuzione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of the interface, e.g. it or en (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</source>
        <translation>Lingua dell&apos;interfaccia, ad es. it o en (predefinita: da LANGUAGE, LC_ALL, LC_MESSAGES, LANG).</translation>
    </message>
</context>
</TS>
