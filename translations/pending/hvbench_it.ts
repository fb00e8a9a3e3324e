<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>QObject</name>
    <message>
      <source>%1 GiB</source>
      <translation>%1 GiB</translation>
    </message>
    <message>
      <source>%1 MiB</source>
      <translation>%1 MiB</translation>
    </message>
    <message>
      <source>%1 KiB</source>
      <translation>%1 KiB</translation>
    </message>
  </context>
  <context>
    <name>hvbench::BenchChart</name>
    <message>
      <source>Concurrent VMs [count]; dashed: bare metal; whiskers: 95 % CI</source>
      <translation>VM concorrenti [numero]; tratteggio: bare metal; baffi: IC 95 %</translation>
    </message>
    <message>
      <source>Configuration × concurrent VMs</source>
      <translation>Configurazione × VM concorrenti</translation>
    </message>
    <message>
      <source>Configuration, 1 VM</source>
      <translation>Configurazione, 1 VM</translation>
    </message>
    <message>
      <source>Configuration, %1 concurrent VMs</source>
      <translation>Configurazione, %1 VM concorrenti</translation>
    </message>
    <message>
      <source> (bare metal: the host alone)</source>
      <translation> (bare metal: l'host da solo)</translation>
    </message>
    <message>
      <source> — whiskers: 95 % CI</source>
      <translation> — baffi: IC 95 %</translation>
    </message>
    <message>
      <source>@value %</source>
      <translation>@value %</translation>
    </message>
    <message numerus="yes">
      <source>Configuration at %n concurrent VM(s) (bare metal: the host alone)</source>
      <translation>
        <numerusform>Configurazione con %n VM concorrente (bare metal: l'host da solo)</numerusform>
        <numerusform>Configurazione con %n VM concorrenti (bare metal: l'host da solo)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Configuration at %n concurrent VM(s)</source>
      <translation>
        <numerusform>Configurazione con %n VM concorrente</numerusform>
        <numerusform>Configurazione con %n VM concorrenti</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>hvbench::BenchmarkSuiteForm</name>
    <message>
      <source>Benchmarks</source>
      <translation>Benchmark</translation>
    </message>
    <message>
      <source>Check the benchmarks the matrix runs; select one to edit its parameters.</source>
      <translation>Spunta i benchmark che la matrice esegue; selezionane uno per modificarne i parametri.</translation>
    </message>
    <message>
      <source>Benchmark selection problem</source>
      <translation>Problema nella selezione dei benchmark</translation>
    </message>
    <message>
      <source> digits</source>
      <translation> cifre</translation>
    </message>
    <message>
      <source>PI digits</source>
      <translation>Cifre di PI</translation>
    </message>
    <message>
      <source>agent default (80 000 digits)</source>
      <translation>predefinito dell'agente (80 000 cifre)</translation>
    </message>
    <message>
      <source>&amp;Digits (0 = default):</source>
      <translation>&amp;Cifre (0 = predefinito):</translation>
    </message>
    <message>
      <source>&amp;Iterations (7zz b N):</source>
      <translation>&amp;Iterazioni (7zz b N):</translation>
    </message>
    <message>
      <source>7-Zip iterations</source>
      <translation>Iterazioni di 7-Zip</translation>
    </message>
    <message>
      <source>%1 (-md%2)</source>
      <translation>%1 (-md%2)</translation>
    </message>
    <message>
      <source>7-Zip dictionary size</source>
      <translation>Dimensione del dizionario di 7-Zip</translation>
    </message>
    <message>
      <source>Di&amp;ctionary (bytes):</source>
      <translation>&amp;Dizionario (byte):</translation>
    </message>
    <message>
      <source>External score command</source>
      <translation>Comando del punteggio esterno</translation>
    </message>
    <message>
      <source>e.g. /opt/hs06/runspec --json</source>
      <translation>ad es. /opt/hs06/runspec --json</translation>
    </message>
    <message>
      <source>Run as it is in every guest and on bare metal, no shell; quote arguments with spaces.</source>
      <translation>Eseguito così com'è in ogni guest e su bare metal, senza shell; metti tra virgolette gli argomenti con spazi.</translation>
    </message>
    <message>
      <source>Co&amp;mmand:</source>
      <translation>Co&amp;mando:</translation>
    </message>
    <message>
      <source>JSON path of the score</source>
      <translation>Percorso JSON del punteggio</translation>
    </message>
    <message>
      <source>e.g. results.score — or leave empty and give a regex</source>
      <translation>ad es. results.score — oppure lascia vuoto e indica una regex</translation>
    </message>
    <message>
      <source>&amp;JSON path:</source>
      <translation>Percorso &amp;JSON:</translation>
    </message>
    <message>
      <source>Regular expression of the score</source>
      <translation>Espressione regolare del punteggio</translation>
    </message>
    <message>
      <source>e.g. Score: ([0-9.]+) — one capture group</source>
      <translation>ad es. Score: ([0-9.]+) — un gruppo di cattura</translation>
    </message>
    <message>
      <source>&amp;Regex:</source>
      <translation>&amp;Regex:</translation>
    </message>
    <message>
      <source>Unit of the score</source>
      <translation>Unità del punteggio</translation>
    </message>
    <message>
      <source>e.g. HS06</source>
      <translation>ad es. HS06</translation>
    </message>
    <message>
      <source>&amp;Unit:</source>
      <translation>&amp;Unità:</translation>
    </message>
    <message>
      <source>higher is better</source>
      <translation>più alto è meglio</translation>
    </message>
    <message>
      <source>lower is better</source>
      <translation>più basso è meglio</translation>
    </message>
    <message>
      <source>Direction of the score</source>
      <translation>Direzione del punteggio</translation>
    </message>
    <message>
      <source>Di&amp;rection:</source>
      <translation>Dire&amp;zione:</translation>
    </message>
    <message>
      <source>Network in (iperf3 -R) runs with the parameters of network out: select network out to edit them.</source>
      <translation>Rete in entrata (iperf3 -R) usa i parametri di rete in uscita: seleziona rete in uscita per modificarli.</translation>
    </message>
    <message>
      <source>&amp;Duration (-t, s):</source>
      <translation>&amp;Durata (-t, s):</translation>
    </message>
    <message>
      <source> s</source>
      <translation> s</translation>
    </message>
    <message>
      <source>iperf3 duration in seconds</source>
      <translation>Durata di iperf3 in secondi</translation>
    </message>
    <message>
      <source>iperf3 window</source>
      <translation>Finestra di iperf3</translation>
    </message>
    <message>
      <source>kernel default</source>
      <translation>predefinita del kernel</translation>
    </message>
    <message>
      <source>Socket buffer size (-w), e.g. 256K or 4M; empty = the kernel's default.</source>
      <translation>Dimensione del buffer del socket (-w), ad es. 256K o 4M; vuoto = il valore predefinito del kernel.</translation>
    </message>
    <message>
      <source>&amp;Window (-w, bytes, K/M/G):</source>
      <translation>&amp;Finestra (-w, byte, K/M/G):</translation>
    </message>
    <message>
      <source>&amp;Streams (-P):</source>
      <translation>F&amp;lussi (-P):</translation>
    </message>
    <message>
      <source>iperf3 streams</source>
      <translation>Flussi di iperf3</translation>
    </message>
    <message>
      <source>&amp;Warm-up not counted (-O, s):</source>
      <translation>Ris&amp;caldamento non conteggiato (-O, s):</translation>
    </message>
    <message>
      <source>iperf3 omitted seconds</source>
      <translation>Secondi omessi da iperf3</translation>
    </message>
    <message>
      <source>Network in (iperf3 -R) uses these parameters too.</source>
      <translation>Anche rete in entrata (iperf3 -R) usa questi parametri.</translation>
    </message>
    <message>
      <source> MiB</source>
      <translation> MiB</translation>
    </message>
    <message>
      <source>fio data set in MiB</source>
      <translation>Dati di fio in MiB</translation>
    </message>
    <message>
      <source>2 × the guest's RAM</source>
      <translation>2 × la RAM del guest</translation>
    </message>
    <message>
      <source>Data &amp;set per guest (MiB):</source>
      <translation>Dati per &amp;guest (MiB):</translation>
    </message>
    <message>
      <source>fio runtime cap in seconds</source>
      <translation>Limite di durata di fio in secondi</translation>
    </message>
    <message>
      <source>one pass over the data set</source>
      <translation>un passaggio sui dati</translation>
    </message>
    <message>
      <source>Run&amp;time cap per job (s):</source>
      <translation>Limite di &amp;tempo per job (s):</translation>
    </message>
    <message>
      <source>I/O &amp;depth (random jobs):</source>
      <translation>&amp;Profondità di I/O (job casuali):</translation>
    </message>
    <message>
      <source>fio I/O depth</source>
      <translation>Profondità di I/O di fio</translation>
    </message>
    <message>
      <source>Se&amp;quential block (KiB):</source>
      <translation>Blocco se&amp;quenziale (KiB):</translation>
    </message>
    <message>
      <source> KiB</source>
      <translation> KiB</translation>
    </message>
    <message>
      <source>fio sequential block size in KiB</source>
      <translation>Dimensione del blocco sequenziale di fio in KiB</translation>
    </message>
    <message>
      <source>Ra&amp;ndom block (KiB):</source>
      <translation>Blocco casu&amp;ale (KiB):</translation>
    </message>
    <message>
      <source>fio random block size in KiB</source>
      <translation>Dimensione del blocco casuale di fio in KiB</translation>
    </message>
    <message>
      <source>bonnie++ data set in MiB</source>
      <translation>Dati di bonnie++ in MiB</translation>
    </message>
    <message>
      <source>Data &amp;set per guest (-s, MiB):</source>
      <translation>Dati per &amp;guest (-s, MiB):</translation>
    </message>
    <message>
      <source>Problem with %1</source>
      <translation>Problema con %1</translation>
    </message>
    <message>
      <source>%1 — check its parameters</source>
      <translation>%1 — controlla i suoi parametri</translation>
    </message>
  </context>
  <context>
    <name>hvbench::CellProgress</name>
    <message>
      <source>waiting</source>
      <translation>in attesa</translation>
    </message>
    <message>
      <source>running</source>
      <translation>in esecuzione</translation>
    </message>
    <message>
      <source>done</source>
      <translation>completata</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>saltata</translation>
    </message>
  </context>
  <context>
    <name>hvbench::CellProgressModel</name>
    <message>
      <source>Cell</source>
      <translation>Cella</translation>
    </message>
    <message>
      <source>Rounds done / planned</source>
      <translation>Round completati / pianificati</translation>
    </message>
    <message>
      <source>State</source>
      <translation>Stato</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
  </context>
  <context>
    <name>hvbench::ChartExport</name>
    <message>
      <source>The chart "%1" is missing.</source>
      <translation>Manca il grafico "%1".</translation>
    </message>
    <message>
      <source>Could not render the chart "%1" as PNG.</source>
      <translation>Impossibile disegnare il grafico "%1" in PNG.</translation>
    </message>
    <message>
      <source>Could not render the chart "%1" as SVG.</source>
      <translation>Impossibile disegnare il grafico "%1" in SVG.</translation>
    </message>
    <message>
      <source>Cannot write "%1": %2. Choose another folder.</source>
      <translation>Impossibile scrivere "%1": %2. Scegli un'altra cartella.</translation>
    </message>
    <message>
      <source>Nothing to export: no chart, or an empty image size.</source>
      <translation>Niente da esportare: nessun grafico, o dimensione dell'immagine nulla.</translation>
    </message>
    <message>
      <source>Cannot write the %1 "%2": %3. Choose another folder.</source>
      <translation>Impossibile scrivere %1 "%2": %3. Scegli un'altra cartella.</translation>
    </message>
    <message>
      <source>Chart exported by hvbench %1</source>
      <translation>Grafico esportato da hvbench %1</translation>
    </message>
    <message>
      <source>Could not render the chart to a %1x%2 image (out of memory?).</source>
      <translation>Impossibile disegnare il grafico in un'immagine %1x%2 (memoria esaurita?).</translation>
    </message>
    <message>
      <source>image</source>
      <translation>l'immagine</translation>
    </message>
    <message>
      <source>Could not render the chart as SVG.</source>
      <translation>Impossibile disegnare il grafico in SVG.</translation>
    </message>
    <message>
      <source>SVG file</source>
      <translation>il file SVG</translation>
    </message>
  </context>
  <context>
    <name>hvbench::CompareChart</name>
    <message>
      <source>Comparison chart: % loss per session</source>
      <translation>Grafico di confronto: % di perdita per sessione</translation>
    </message>
    <message>
      <source>% loss vs bare metal per session</source>
      <translation>% di perdita rispetto al bare metal per sessione</translation>
    </message>
    <message>
      <source>%1 — %2: % loss vs bare metal per session</source>
      <translation>%1 — %2: % di perdita rispetto al bare metal per sessione</translation>
    </message>
    <message>
      <source>Add a session file or the paper's reference</source>
      <translation>Aggiungi un file di sessione o il riferimento dell'articolo</translation>
    </message>
    <message>
      <source>%1 ×%2</source>
      <translation>%1 ×%2</translation>
    </message>
    <message>
      <source>Nothing to compare for this figure yet:
only bare-metal rows</source>
      <translation>Ancora niente da confrontare per questa figura:
solo righe bare metal</translation>
    </message>
    <message>
      <source>Configuration × concurrent VMs</source>
      <translation>Configurazione × VM concorrenti</translation>
    </message>
    <message>
      <source>Configuration × concurrent VMs — whiskers: 95 % CI</source>
      <translation>Configurazione × VM concorrenti — baffi: IC 95 %</translation>
    </message>
    <message>
      <source>% loss vs bare metal</source>
      <translation>% di perdita rispetto al bare metal</translation>
    </message>
  </context>
  <context>
    <name>hvbench::ComparePage</name>
    <message>
      <source>Add the paper's &amp;reference (2009)</source>
      <translation>Aggiungi il &amp;riferimento dell'articolo (2009)</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>Rimuo&amp;vi</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Esporta &amp;CSV…</translation>
    </message>
    <message>
      <source>&amp;Add session…</source>
      <translation>&amp;Aggiungi sessione…</translation>
    </message>
    <message>
      <source>Add session files</source>
      <translation>Aggiungi file di sessione</translation>
    </message>
    <message>
      <source>Open one or more saved .hvbench sessions and put them side by side</source>
      <translation>Apri una o più sessioni .hvbench salvate e mettile a confronto</translation>
    </message>
    <message>
      <source>Add the paper's reference</source>
      <translation>Aggiungi il riferimento dell'articolo</translation>
    </message>
    <message>
      <source>The % loss published by Chierici, Veraldi and Salomoni (2009): Table I (HEP-SPEC06, 8 VMs) and the PI test of §6.3</source>
      <translation>La % di perdita pubblicata da Chierici, Veraldi e Salomoni (2009): Tabella I (HEP-SPEC06, 8 VM) e il test PI del §6.3</translation>
    </message>
    <message>
      <source>Remove a session from the comparison</source>
      <translation>Rimuovi una sessione dal confronto</translation>
    </message>
    <message>
      <source>Export the comparison as CSV</source>
      <translation>Esporta il confronto in CSV</translation>
    </message>
    <message>
      <source>The aligned table: one row per benchmark, figure, configuration and VM count; per session mean, % loss, its 95 % CI and n (empty where a session has no figure)</source>
      <translation>La tabella allineata: una riga per benchmark, misura, configurazione e numero di VM; per ogni sessione media, % di perdita, il suo IC 95 % e n (vuoto dove una sessione non ha la misura)</translation>
    </message>
    <message>
      <source>Figure to chart</source>
      <translation>Figura da rappresentare</translation>
    </message>
    <message>
      <source>Chart &amp;figure:</source>
      <translation>&amp;Figura del grafico:</translation>
    </message>
    <message>
      <source>Compare error</source>
      <translation>Errore del confronto</translation>
    </message>
    <message>
      <source>About the paper's reference</source>
      <translation>Informazioni sul riferimento dell'articolo</translation>
    </message>
    <message>
      <source>Aligned results of every session</source>
      <translation>Risultati allineati di ogni sessione</translation>
    </message>
    <message>
      <source>%1 is already in the comparison.</source>
      <translation>%1 è già nel confronto.</translation>
    </message>
    <message>
      <source>Could not add %1 to the comparison: %2</source>
      <translation>Impossibile aggiungere %1 al confronto: %2</translation>
    </message>
    <message>
      <source>Could not load the paper's reference: %1</source>
      <translation>Impossibile caricare il riferimento dell'articolo: %1</translation>
    </message>
    <message>
      <source>Paper (2009)</source>
      <translation>Articolo (2009)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Published, not measured.&lt;/b&gt; %1 — %2; %3; guests %4; %5.&lt;br&gt;Its CPU figure is &lt;b&gt;HEP-SPEC06&lt;/b&gt;; hvbench's CPU score is &lt;b&gt;7-Zip&lt;/b&gt;, not HEP-SPEC06: compare the &lt;b&gt;% loss&lt;/b&gt; against bare metal, never the absolute scores. “E5410 vs E5420” is the paper's yardstick: a physical CPU one clock tick slower, no hypervisor. PI figures are the text's approximate statements (“about 2 %”). Paper rows join your rows of the same VM count and hypervisor kind (KVM and QEMU → kvm, Xen PV → xen-para, Xen HVM → xen-hvm).</source>
      <translation>&lt;b&gt;Pubblicato, non misurato.&lt;/b&gt; %1 — %2; %3; guest %4; %5.&lt;br&gt;La sua misura della CPU è &lt;b&gt;HEP-SPEC06&lt;/b&gt;; il punteggio CPU di hvbench è &lt;b&gt;7-Zip&lt;/b&gt;, non HEP-SPEC06: confronta la &lt;b&gt;% di perdita&lt;/b&gt; rispetto al bare metal, mai i punteggi assoluti. “E5410 vs E5420” è il metro di paragone dell'articolo: una CPU fisica più lenta di un passo di clock, senza hypervisor. I valori PI sono le affermazioni approssimate del testo (“circa il 2 %”). Le righe dell'articolo si affiancano alle tue righe con lo stesso numero di VM e tipo di hypervisor (KVM e QEMU → kvm, Xen PV → xen-para, Xen HVM → xen-hvm).</translation>
    </message>
    <message>
      <source>This session</source>
      <translation>Questa sessione</translation>
    </message>
    <message>
      <source>Add sessions to the comparison</source>
      <translation>Aggiungi sessioni al confronto</translation>
    </message>
    <message>
      <source>hvbench sessions (*.hvbench);;All files (*)</source>
      <translation>Sessioni hvbench (*.hvbench);;Tutti i file (*)</translation>
    </message>
    <message>
      <source>Could not export the comparison: %1</source>
      <translation>Impossibile esportare il confronto: %1</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>File CSV (*.csv)</translation>
    </message>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>⚠ %1: QEMU/TCG software emulation (no KVM) — VM figures measure the emulator</source>
      <translation>⚠ %1: emulazione software QEMU/TCG (niente KVM) — i valori delle VM misurano l'emulatore</translation>
    </message>
  </context>
  <context>
    <name>hvbench::Comparison</name>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>%1: %2
%3</source>
      <translation>%1: %2
%3</translation>
    </message>
    <message>
      <source>Mbit/s</source>
      <translation>Mbit/s</translation>
    </message>
    <message>
      <source>MiB/s</source>
      <translation>MiB/s</translation>
    </message>
    <message>
      <source>KiB/s</source>
      <translation>KiB/s</translation>
    </message>
    <message>
      <source>IOPS</source>
      <translation>IOPS</translation>
    </message>
    <message>
      <source>MIPS</source>
      <translation>MIPS</translation>
    </message>
    <message>
      <source>ns</source>
      <translation>ns</translation>
    </message>
    <message>
      <source>cycles</source>
      <translation>cicli</translation>
    </message>
  </context>
  <context>
    <name>hvbench::ComparisonModel</name>
    <message>
      <source>KVM</source>
      <translation>KVM</translation>
    </message>
    <message>
      <source>Xen PV</source>
      <translation>Xen PV</translation>
    </message>
    <message>
      <source>Xen HVM</source>
      <translation>Xen HVM</translation>
    </message>
    <message>
      <source>≈ %1</source>
      <translation>≈ %1</translation>
    </message>
    <message>
      <source>Published by the paper, not measured: % loss only.</source>
      <translation>Pubblicato dall'articolo, non misurato: solo % di perdita.</translation>
    </message>
    <message>
      <source>Benchmark</source>
      <translation>Benchmark</translation>
    </message>
    <message>
      <source>Figure</source>
      <translation>Misura</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unità</translation>
    </message>
    <message>
      <source>Configuration</source>
      <translation>Configurazione</translation>
    </message>
    <message>
      <source>Hypervisor (paper's kind)</source>
      <translation>Hypervisor (tipo dell'articolo)</translation>
    </message>
    <message>
      <source>VMs</source>
      <translation>VM</translation>
    </message>
    <message>
      <source>%1
mean per guest (unit)</source>
      <translation>%1
media per guest (unità)</translation>
    </message>
    <message>
      <source>%1
% loss</source>
      <translation>%1
% di perdita</translation>
    </message>
    <message>
      <source>%1
95 % CI (% loss)</source>
      <translation>%1
IC 95 % (% di perdita)</translation>
    </message>
    <message>
      <source>%1
n (runs)</source>
      <translation>%1
n (esecuzioni)</translation>
    </message>
  </context>
  <context>
    <name>hvbench::CyclesChart</name>
    <message>
      <source>No PI results yet:
select the PI fairness test among the benchmarks and press Run</source>
      <translation>Ancora nessun risultato PI:
seleziona il test di equità PI tra i benchmark e premi Esegui</translation>
    </message>
  </context>
  <context>
    <name>hvbench::Estimate</name>
    <message>
      <source>PI: %1 s for 80 000 digits on bare metal, growing as digits²</source>
      <translation>PI: %1 s per 80 000 cifre su bare metal, crescente come cifre²</translation>
    </message>
    <message>
      <source>7-Zip: %1 s per iteration and copy</source>
      <translation>7-Zip: %1 s per iterazione e copia</translation>
    </message>
    <message>
      <source>CPU-bound work %1× slower under QEMU/TCG software emulation, and slower again when a cell's vCPUs outnumber the host's cores</source>
      <translation>Il lavoro legato alla CPU è %1× più lento nell'emulazione software QEMU/TCG, e ancora più lento quando le vCPU di una cella superano i core dell'host</translation>
    </message>
    <message>
      <source>iperf3: its duration and warm-up plus %1 s</source>
      <translation>iperf3: la sua durata e il riscaldamento più %1 s</translation>
    </message>
    <message>
      <source>disk: %1 MiB/s sequential, %2 IOPS random, shared by a cell's guests</source>
      <translation>disco: %1 MiB/s sequenziale, %2 IOPS casuali, condivisi tra i guest di una cella</translation>
    </message>
    <message>
      <source>external score: %1 s (unknown)</source>
      <translation>punteggio esterno: %1 s (sconosciuto)</translation>
    </message>
    <message>
      <source>each cell visit: %1 s to start and stop the VMs under TCG, %2 s with KVM or Xen</source>
      <translation>ogni visita di una cella: %1 s per avviare e fermare le VM sotto TCG, %2 s con KVM o Xen</translation>
    </message>
    <message>
      <source>&lt; 1 s</source>
      <translation>&lt; 1 s</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>%1 min %2 s</source>
      <translation>%1 min %2 s</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1 d %2 h</source>
      <translation>%1 g %2 h</translation>
    </message>
  </context>
  <context>
    <name>hvbench::ExportDialog</name>
    <message>
      <source>Export chart</source>
      <translation>Esporta grafico</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Personalizzato</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Preset</translation>
    </message>
    <message>
      <source>PNG image</source>
      <translation>Immagine PNG</translation>
    </message>
    <message>
      <source>SVG vector drawing</source>
      <translation>Disegno vettoriale SVG</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source> px</source>
      <translation> px</translation>
    </message>
    <message>
      <source>Width in pixels at 96 dpi</source>
      <translation>Larghezza in pixel a 96 dpi</translation>
    </message>
    <message>
      <source>Height in pixels at 96 dpi</source>
      <translation>Altezza in pixel a 96 dpi</translation>
    </message>
    <message>
      <source>%1 dpi</source>
      <translation>%1 dpi</translation>
    </message>
    <message>
      <source>Custom…</source>
      <translation>Personalizzata…</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Risoluzione</translation>
    </message>
    <message>
      <source> dpi</source>
      <translation> dpi</translation>
    </message>
    <message>
      <source>Custom resolution in dpi</source>
      <translation>Risoluzione personalizzata in dpi</translation>
    </message>
    <message>
      <source>Image size</source>
      <translation>Dimensione dell'immagine</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nome del file</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
      <source>Choose the file</source>
      <translation>Scegli il file</translation>
    </message>
    <message>
      <source>Export error</source>
      <translation>Errore di esportazione</translation>
    </message>
    <message>
      <source>&amp;Preset:</source>
      <translation>&amp;Preset:</translation>
    </message>
    <message>
      <source>&amp;Format:</source>
      <translation>&amp;Formato:</translation>
    </message>
    <message>
      <source>&amp;Size (at 96 dpi):</source>
      <translation>&amp;Dimensione (a 96 dpi):</translation>
    </message>
    <message>
      <source>&amp;Resolution:</source>
      <translation>&amp;Risoluzione:</translation>
    </message>
    <message>
      <source>F&amp;ile:</source>
      <translation>F&amp;ile:</translation>
    </message>
    <message>
      <source>%1 × %2 pixels, %3 × %4 cm at %5 dpi</source>
      <translation>%1 × %2 pixel, %3 × %4 cm a %5 dpi</translation>
    </message>
    <message>
      <source>Vector drawing, %1 × %2 (%3 × %4 cm)</source>
      <translation>Disegno vettoriale, %1 × %2 (%3 × %4 cm)</translation>
    </message>
    <message>
      <source>Export chart as</source>
      <translation>Esporta grafico come</translation>
    </message>
    <message>
      <source>PNG images (*.png)</source>
      <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
      <source>SVG drawings (*.svg)</source>
      <translation>Disegni SVG (*.svg)</translation>
    </message>
    <message>
      <source>Give the file a name.</source>
      <translation>Dai un nome al file.</translation>
    </message>
  </context>
  <context>
    <name>hvbench::ExportOptions</name>
    <message>
      <source>The size "%1" is not WIDTHxHEIGHT in pixels, e.g. 1200x800.</source>
      <translation>La dimensione "%1" non è LARGHEZZAxALTEZZA in pixel, ad es. 1200x800.</translation>
    </message>
    <message>
      <source>The size %1x%2 is out of range: each side takes %3 to %4 pixels.</source>
      <translation>La dimensione %1x%2 è fuori intervallo: ogni lato va da %3 a %4 pixel.</translation>
    </message>
    <message>
      <source>The DPI "%1" is not a whole number from %2 to %3 (96 = screen, 300 = print).</source>
      <translation>I DPI "%1" non sono un numero intero da %2 a %3 (96 = schermo, 300 = stampa).</translation>
    </message>
    <message>
      <source>The DPI %1 is out of range: it takes %2 to %3.</source>
      <translation>I DPI %1 sono fuori intervallo: vanno da %2 a %3.</translation>
    </message>
    <message>
      <source>%1x%2 at %3 dpi makes a %4x%5 pixel image; at most %6 pixels a side: choose a smaller size or DPI.</source>
      <translation>%1x%2 a %3 dpi dà un'immagine di %4x%5 pixel; al massimo %6 pixel per lato: scegli una dimensione o dei DPI più piccoli.</translation>
    </message>
    <message>
      <source>Unknown export format "%1" in "%2": use png, svg and csv, separated by commas.</source>
      <translation>Formato di esportazione "%1" sconosciuto in "%2": usa png, svg e csv, separati da virgole.</translation>
    </message>
    <message>
      <source>Unknown report kind "%1": use html, pdf or both.</source>
      <translation>Tipo di report "%1" sconosciuto: usa html, pdf o both.</translation>
    </message>
  </context>
  <context>
    <name>hvbench::ExportSettings</name>
    <message>
      <source>Screen 1200×800</source>
      <translation>Schermo 1200×800</translation>
    </message>
    <message>
      <source>Print A4 300 dpi</source>
      <translation>Stampa A4 300 dpi</translation>
    </message>
  </context>
  <context>
    <name>hvbench::FigureData</name>
    <message>
      <source>%1 — %2</source>
      <translation>%1 — %2</translation>
    </message>
    <message>
      <source>bare metal</source>
      <translation>bare metal</translation>
    </message>
    <message>
      <source>bare metal — %1</source>
      <translation>bare metal — %1</translation>
    </message>
    <message>
      <source>%1 ×%2</source>
      <translation>%1 ×%2</translation>
    </message>
    <message>
      <source>No %1 results yet:
select it among the benchmarks and press Run</source>
      <translation>Ancora nessun risultato %1:
selezionalo tra i benchmark e premi Esegui</translation>
    </message>
    <message>
      <source>Only bare-metal %1 results so far:
run the VM cells of the matrix</source>
      <translation>Finora solo risultati %1 bare metal:
esegui le celle VM della matrice</translation>
    </message>
    <message>
      <source>No bare-metal baseline for %1:
enable "Bare metal" in the matrix and run again</source>
      <translation>Nessuna baseline bare metal per %1:
attiva "Bare metal" nella matrice ed esegui di nuovo</translation>
    </message>
    <message>
      <source>%1: this figure needs cells with %2 or more concurrent VMs:
add such a VM count to the matrix and run</source>
      <translation>%1: questa figura richiede celle con %2 o più VM concorrenti:
aggiungi un tale numero di VM alla matrice ed esegui</translation>
    </message>
    <message>
      <source>Nothing to plot for %1 yet:
run bare metal and the VM cells</source>
      <translation>Ancora niente da tracciare per %1:
esegui il bare metal e le celle VM</translation>
    </message>
  </context>
  <context>
    <name>hvbench::FigureDataModel</name>
    <message>
      <source>%1, %2</source>
      <translation>%1, %2</translation>
    </message>
    <message>
      <source>n/a</source>
      <translation>n/d</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <source>Series</source>
      <translation>Serie</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoria</translation>
    </message>
    <message>
      <source>VMs</source>
      <translation>VM</translation>
    </message>
    <message>
      <source>95 % CI</source>
      <translation>IC 95 %</translation>
    </message>
    <message>
      <source>n</source>
      <translation>n</translation>
    </message>
    <message>
      <source>Bare-metal reference</source>
      <translation>Riferimento bare metal</translation>
    </message>
  </context>
  <context>
    <name>hvbench::FigureListModel</name>
    <message>
      <source>%1 · %2</source>
      <translation>%1 · %2</translation>
    </message>
    <message>
      <source>%1

Nothing to plot yet: %2</source>
      <translation>%1

Ancora niente da tracciare: %2</translation>
    </message>
  </context>
  <context>
    <name>hvbench::FigureSet</name>
    <message>
      <source>Fig. 4–6</source>
      <translation>Fig. 4–6</translation>
    </message>
    <message>
      <source>Table I</source>
      <translation>Tabella I</translation>
    </message>
  </context>
  <context>
    <name>hvbench::FigureSpec</name>
    <message>
      <source>Mbit/s</source>
      <translation>Mbit/s</translation>
    </message>
    <message>
      <source>MiB/s</source>
      <translation>MiB/s</translation>
    </message>
    <message>
      <source>KiB/s</source>
      <translation>KiB/s</translation>
    </message>
    <message>
      <source>IOPS</source>
      <translation>IOPS</translation>
    </message>
    <message>
      <source>MIPS</source>
      <translation>MIPS</translation>
    </message>
    <message>
      <source>cycles</source>
      <translation>cicli</translation>
    </message>
  </context>
  <context>
    <name>hvbench::LiveChart</name>
    <message>
      <source>Time since the run started (s)</source>
      <translation>Tempo dall'avvio dell'esecuzione (s)</translation>
    </message>
  </context>
  <context>
    <name>hvbench::LiveSamplesModel</name>
    <message>
      <source>Series / x</source>
      <translation>Serie / x</translation>
    </message>
    <message>
      <source>Samples / y</source>
      <translation>Campioni / y</translation>
    </message>
  </context>
  <context>
    <name>hvbench::LossChart</name>
    <message>
      <source>No PI results yet — press Run
(the PI fairness test is what this table compares)</source>
      <translation>Ancora nessun risultato PI — premi Esegui
(questa tabella confronta il test di equità PI)</translation>
    </message>
  </context>
  <context>
    <name>hvbench::MainWindow</name>
    <message>
      <source>&amp;1 Host &amp;&amp; spec</source>
      <translation>&amp;1 Host &amp;&amp; specifica</translation>
    </message>
    <message>
      <source>&amp;2 Run</source>
      <translation>&amp;2 Esecuzione</translation>
    </message>
    <message>
      <source>&amp;3 Results</source>
      <translation>&amp;3 Risultati</translation>
    </message>
  </context>
  <context>
    <name>hvbench::MatrixForm</name>
    <message>
      <source>Run the bare-metal baseline</source>
      <translation>Esegui la baseline bare metal</translation>
    </message>
    <message>
      <source>VM counts problem</source>
      <translation>Problema nel numero di VM</translation>
    </message>
    <message>
      <source>Matrix problem</source>
      <translation>Problema nella matrice</translation>
    </message>
    <message>
      <source>Bare-metal baseline</source>
      <translation>Baseline bare metal</translation>
    </message>
    <message>
      <source>Every benchmark on the host itself: the reference the % loss is computed against.</source>
      <translation>Ogni benchmark sull'host stesso: il riferimento rispetto a cui si calcola la % di perdita.</translation>
    </message>
    <message>
      <source>Bare metal:</source>
      <translation>Bare metal:</translation>
    </message>
    <message>
      <source>e.g. 1, 7, 8, 17 — empty for bare metal only</source>
      <translation>ad es. 1, 7, 8, 17 — vuoto per solo bare metal</translation>
    </message>
    <message>
      <source>Concurrency levels: how many VMs of each spec run the benchmarks at the same time.</source>
      <translation>Livelli di concorrenza: quante VM di ogni specifica eseguono i benchmark contemporaneamente.</translation>
    </message>
    <message>
      <source>VM counts</source>
      <translation>Numero di VM</translation>
    </message>
    <message>
      <source>&amp;VM counts (concurrent VMs):</source>
      <translation>Numero di &amp;VM (VM concorrenti):</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>Ripetizioni</translation>
    </message>
    <message>
      <source>Rounds every cell gets at least; each round runs the cells in a new random order.</source>
      <translation>Round che ogni cella riceve come minimo; ogni round esegue le celle in un nuovo ordine casuale.</translation>
    </message>
    <message>
      <source>&amp;Repeats (rounds per cell, min.):</source>
      <translation>&amp;Ripetizioni (round per cella, min.):</translation>
    </message>
    <message>
      <source>= repeats</source>
      <translation>= ripetizioni</translation>
    </message>
    <message>
      <source>Most repeats</source>
      <translation>Massimo di ripetizioni</translation>
    </message>
    <message>
      <source>With an RSD target, a cell gets more rounds, up to this many, until it is steady.</source>
      <translation>Con un obiettivo di RSD, una cella riceve altri round, fino a questo numero, finché non è stabile.</translation>
    </message>
    <message>
      <source>&amp;Most repeats (rounds):</source>
      <translation>&amp;Massimo di ripetizioni (round):</translation>
    </message>
    <message>
      <source> %</source>
      <translation> %</translation>
    </message>
    <message>
      <source>off</source>
      <translation>disattivato</translation>
    </message>
    <message>
      <source>RSD target in percent</source>
      <translation>Obiettivo di RSD in percentuale</translation>
    </message>
    <message>
      <source>More rounds until the relative standard deviation of every key figure is below this.</source>
      <translation>Altri round finché la deviazione standard relativa di ogni valore chiave non scende sotto questa soglia.</translation>
    </message>
    <message>
      <source>RSD &amp;target (%):</source>
      <translation>&amp;Obiettivo RSD (%):</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nessuno</translation>
    </message>
    <message>
      <source>Time budget in minutes</source>
      <translation>Budget di tempo in minuti</translation>
    </message>
    <message>
      <source>No new round starts once the run has taken this long.</source>
      <translation>Nessun nuovo round parte una volta che l'esecuzione ha richiesto questo tempo.</translation>
    </message>
    <message>
      <source>Time &amp;budget (min):</source>
      <translation>&amp;Budget di tempo (min):</translation>
    </message>
    <message>
      <source>random (recorded)</source>
      <translation>casuale (registrato)</translation>
    </message>
    <message>
      <source>Seed of the cell order</source>
      <translation>Seme dell'ordine delle celle</translation>
    </message>
    <message>
      <source>The same seed gives the same order of cells in every round; 0 draws a new one per run.</source>
      <translation>Lo stesso seme dà lo stesso ordine delle celle in ogni round; 0 ne estrae uno nuovo a ogni esecuzione.</translation>
    </message>
    <message>
      <source>&amp;Seed of the cell order:</source>
      <translation>&amp;Seme dell'ordine delle celle:</translation>
    </message>
  </context>
  <context>
    <name>hvbench::MatrixPage</name>
    <message>
      <source>Apply preset…</source>
      <translation>Applica preset…</translation>
    </message>
    <message>
      <source>&amp;Preset:</source>
      <translation>&amp;Preset:</translation>
    </message>
    <message>
      <source>Choose a preset…</source>
      <translation>Scegli un preset…</translation>
    </message>
    <message>
      <source>Preset</source>
      <translation>Preset</translation>
    </message>
    <message>
      <source>Ready-made benchmarks and matrices, the seed paper's whole experiment among them.</source>
      <translation>Benchmark e matrici pronti, tra cui l'intero esperimento dell'articolo di riferimento.</translation>
    </message>
    <message>
      <source>Apply preset</source>
      <translation>Applica preset</translation>
    </message>
    <message>
      <source>Replace the benchmarks and the matrix with the preset's (and, if you agree, the VM specs too).</source>
      <translation>Sostituisce i benchmark e la matrice con quelli del preset (e, se sei d'accordo, anche le specifiche VM).</translation>
    </message>
    <message>
      <source>Benchmarks</source>
      <translation>Benchmark</translation>
    </message>
    <message>
      <source>Matrix</source>
      <translation>Matrice</translation>
    </message>
    <message>
      <source>VM specs in the matrix</source>
      <translation>Specifiche VM nella matrice</translation>
    </message>
    <message>
      <source>Expanded matrix — what will run</source>
      <translation>Matrice espansa — cosa verrà eseguito</translation>
    </message>
    <message>
      <source>Matrix summary</source>
      <translation>Riepilogo della matrice</translation>
    </message>
    <message>
      <source>What the estimate assumes</source>
      <translation>Cosa presuppone la stima</translation>
    </message>
    <message>
      <source>Expanded matrix</source>
      <translation>Matrice espansa</translation>
    </message>
    <message>
      <source>Command lines of the selected row</source>
      <translation>Righe di comando della riga selezionata</translation>
    </message>
    <message>
      <source>Select a row to see the exact command line of each of its guests.</source>
      <translation>Seleziona una riga per vedere la riga di comando esatta di ciascuno dei suoi guest.</translation>
    </message>
    <message>
      <source> The plan assumes it has every benchmark tool.</source>
      <translation> Il piano presuppone che siano presenti tutti gli strumenti di benchmark.</translation>
    </message>
    <message>
      <source>guest %1: %2</source>
      <translation>guest %1: %2</translation>
    </message>
    <message numerus="yes">
      <source>VM specs in the matrix: all %n of the session's (%1). Edit them on the VM specs page.</source>
      <translation>
        <numerusform>Specifica VM nella matrice: %n, l'unica della sessione (%1). Modificala nella pagina Specifiche VM.</numerusform>
        <numerusform>Specifiche VM nella matrice: tutte le %n della sessione (%1). Modificale nella pagina Specifiche VM.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The preset "%1" also defines %n VM spec(s) (%2). Replace the session's %3 VM spec(s) with them, or keep yours and take only its benchmarks and matrix?</source>
      <translation>
        <numerusform>Il preset "%1" definisce anche %n specifica VM (%2). Sostituire con essa le %3 specifiche VM della sessione, o mantenere le tue e prendere solo i benchmark e la matrice?</numerusform>
        <numerusform>Il preset "%1" definisce anche %n specifiche VM (%2). Sostituire con esse le %3 specifiche VM della sessione, o mantenere le tue e prendere solo i benchmark e la matrice?</numerusform>
      </translation>
    </message>
    <message>
      <source>Replace the VM specs</source>
      <translation>Sostituisci le specifiche VM</translation>
    </message>
    <message>
      <source>Keep my VM specs</source>
      <translation>Mantieni le mie specifiche VM</translation>
    </message>
    <message numerus="yes">
      <source>&lt;b&gt;%n cell(s)&lt;/b&gt; will run</source>
      <translation>
        <numerusform>Verrà eseguita &lt;b&gt;%n cella&lt;/b&gt;</numerusform>
        <numerusform>Verranno eseguite &lt;b&gt;%n celle&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source> (%n skipped)</source>
      <translation>
        <numerusform> (%n saltata)</numerusform>
        <numerusform> (%n saltate)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>, &lt;b&gt;%n benchmark run(s)&lt;/b&gt;</source>
      <translation>
        <numerusform>, &lt;b&gt;%n esecuzione di benchmark&lt;/b&gt;</numerusform>
        <numerusform>, &lt;b&gt;%n esecuzioni di benchmark&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message>
      <source> (up to %1 if every cell needs %2 rounds)</source>
      <translation> (fino a %1 se ogni cella richiede %2 round)</translation>
    </message>
    <message numerus="yes">
      <source>. Estimated duration: &lt;b&gt;≈ %1&lt;/b&gt; (benchmarks %2 + %n cell visit(s) starting and stopping VMs %3)</source>
      <translation>
        <numerusform>. Durata stimata: &lt;b&gt;≈ %1&lt;/b&gt; (benchmark %2 + %n visita di cella per avviare e fermare le VM %3)</numerusform>
        <numerusform>. Durata stimata: &lt;b&gt;≈ %1&lt;/b&gt; (benchmark %2 + %n visite di cella per avviare e fermare le VM %3)</numerusform>
      </translation>
    </message>
    <message>
      <source>; up to ≈ %1 with %2 rounds everywhere</source>
      <translation>; fino a ≈ %1 con %2 round ovunque</translation>
    </message>
    <message>
      <source> The time budget stops starting rounds after %1 min.</source>
      <translation> Il budget di tempo smette di avviare round dopo %1 min.</translation>
    </message>
    <message>
      <source>This is an estimate. It assumes: %1.</source>
      <translation>Questa è una stima. Presuppone: %1.</translation>
    </message>
    <message numerus="yes">
      <source>%n row(s) use the wall times this session recorded with the same parameters.</source>
      <translation>
        <numerusform>%n riga usa i tempi reali registrati da questa sessione con gli stessi parametri.</numerusform>
        <numerusform>%n righe usano i tempi reali registrati da questa sessione con gli stessi parametri.</numerusform>
      </translation>
    </message>
    <message>
      <source>No host known yet: planned as if the host could run every VM spec (connect on the Hosts page to see what it skips), and timed as QEMU/TCG except for KVM and Xen specs.</source>
      <translation>Nessun host ancora noto: pianificato come se l'host potesse eseguire ogni specifica VM (connettiti nella pagina Host per vedere cosa salta), e cronometrato come QEMU/TCG tranne che per le specifiche KVM e Xen.</translation>
    </message>
    <message>
      <source>Command lines as the run sends them; 10.213.x.1 is the host side of the run's isolated network (its subnet is chosen when the run starts) and VMs are named as on their first visit.</source>
      <translation>Righe di comando come le invia l'esecuzione; 10.213.x.1 è il lato host della rete isolata dell'esecuzione (la sua sottorete viene scelta all'avvio) e le VM hanno i nomi della loro prima visita.</translation>
    </message>
    <message>
      <source>The bundled guest image was not found (%1): planned as if it had every tool.</source>
      <translation>L'immagine guest inclusa non è stata trovata (%1): pianificato come se avesse tutti gli strumenti.</translation>
    </message>
  </context>
  <context>
    <name>hvbench::MatrixPreviewModel</name>
    <message>
      <source>bare metal</source>
      <translation>bare metal</translation>
    </message>
    <message>
      <source>%1 × %2 = %3</source>
      <translation>%1 × %2 = %3</translation>
    </message>
    <message>
      <source>runs</source>
      <translation>esegue</translation>
    </message>
    <message>
      <source>skipped: %1</source>
      <translation>saltata: %1</translation>
    </message>
    <message numerus="yes">
      <source>Recorded: %1 per round (mean of %n recorded round(s), the slowest guest of each).</source>
      <translation>
        <numerusform>Registrato: %1 per round (media di %n round registrato, il guest più lento di ciascuno).</numerusform>
        <numerusform>Registrato: %1 per round (media di %n round registrati, il guest più lento di ciascuno).</numerusform>
      </translation>
    </message>
    <message>
      <source>Estimate from the parameters: %1 per round, all guests at once.</source>
      <translation>Stima dai parametri: %1 per round, tutti i guest insieme.</translation>
    </message>
    <message>
      <source>
Up to %1 if the cell needs %2 rounds.</source>
      <translation>
Fino a %1 se la cella richiede %2 round.</translation>
    </message>
    <message>
      <source>guest %1: %2</source>
      <translation>guest %1: %2</translation>
    </message>
    <message>
      <source>Configuration</source>
      <translation>Configurazione</translation>
    </message>
    <message>
      <source>VMs</source>
      <translation>VM</translation>
    </message>
    <message>
      <source>Benchmark</source>
      <translation>Benchmark</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Runs (guests × rounds)</source>
      <translation>Esecuzioni (guest × round)</translation>
    </message>
    <message>
      <source>Estimated time (at min. rounds)</source>
      <translation>Tempo stimato (al minimo di round)</translation>
    </message>
    <message>
      <source>Command line (guest 1)</source>
      <translation>Riga di comando (guest 1)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Stato</translation>
    </message>
    <message>
      <source>Command line (guest 1; all in the tooltip)</source>
      <translation>Riga di comando (guest 1; tutte nel suggerimento)</translation>
    </message>
  </context>
  <context>
    <name>hvbench::PaperFigures</name>
    <message>
      <source>CPU score per copy</source>
      <translation>Punteggio CPU per copia</translation>
    </message>
    <message>
      <source>CPU score</source>
      <translation>Punteggio CPU</translation>
    </message>
    <message>
      <source>network out</source>
      <translation>rete in uscita</translation>
    </message>
    <message>
      <source>network in</source>
      <translation>rete in entrata</translation>
    </message>
    <message>
      <source>bonnie++ block read</source>
      <translation>bonnie++ lettura a blocchi</translation>
    </message>
    <message>
      <source>bonnie++ block write</source>
      <translation>bonnie++ scrittura a blocchi</translation>
    </message>
    <message>
      <source>fio sequential read</source>
      <translation>fio lettura sequenziale</translation>
    </message>
    <message>
      <source>fio sequential write</source>
      <translation>fio scrittura sequenziale</translation>
    </message>
    <message>
      <source>fio random read</source>
      <translation>fio lettura casuale</translation>
    </message>
    <message>
      <source>fio random write</source>
      <translation>fio scrittura casuale</translation>
    </message>
    <message>
      <source>PI cycles</source>
      <translation>cicli PI</translation>
    </message>
    <message>
      <source>%1 [%2]</source>
      <translation>%1 [%2]</translation>
    </message>
    <message>
      <source>Fig. 1</source>
      <translation>Fig. 1</translation>
    </message>
    <message>
      <source>CPU score per guest vs number of VMs (Fig. 1)</source>
      <translation>Punteggio CPU per guest rispetto al numero di VM (Fig. 1)</translation>
    </message>
    <message>
      <source>CPU score per vCPU copy</source>
      <translation>Punteggio CPU per copia vCPU</translation>
    </message>
    <message>
      <source>Fig. 2</source>
      <translation>Fig. 2</translation>
    </message>
    <message>
      <source>VMs vs CPU: aggregate CPU score vs number of VMs (Fig. 2)</source>
      <translation>VM contro CPU: punteggio CPU aggregato rispetto al numero di VM (Fig. 2)</translation>
    </message>
    <message>
      <source>CPU score, sum over all guests</source>
      <translation>Punteggio CPU, somma su tutti i guest</translation>
    </message>
    <message>
      <source>Fig. 3</source>
      <translation>Fig. 3</translation>
    </message>
    <message>
      <source>Aggregate CPU score at the largest VM count vs bare metal (Fig. 3)</source>
      <translation>Punteggio CPU aggregato al numero massimo di VM rispetto al bare metal (Fig. 3)</translation>
    </message>
    <message>
      <source>Fig. 7</source>
      <translation>Fig. 7</translation>
    </message>
    <message>
      <source>Network throughput per guest vs number of VMs: out = guest → host, in = host → guest (Fig. 7)</source>
      <translation>Throughput di rete per guest rispetto al numero di VM: uscita = guest → host, entrata = host → guest (Fig. 7)</translation>
    </message>
    <message>
      <source>Throughput per guest</source>
      <translation>Throughput per guest</translation>
    </message>
    <message>
      <source>Fig. 8</source>
      <translation>Fig. 8</translation>
    </message>
    <message>
      <source>Network throughput by configuration, 1 VM: NIC model and hypervisor (Fig. 8)</source>
      <translation>Throughput di rete per configurazione, 1 VM: modello di NIC e hypervisor (Fig. 8)</translation>
    </message>
    <message>
      <source>Fig. 9–11</source>
      <translation>Fig. 9–11</translation>
    </message>
    <message>
      <source>Disk read/write by configuration, 1 VM: bonnie++ block I/O (Fig. 9–11)</source>
      <translation>Lettura/scrittura su disco per configurazione, 1 VM: I/O a blocchi di bonnie++ (Fig. 9–11)</translation>
    </message>
    <message>
      <source>Block throughput</source>
      <translation>Throughput a blocchi</translation>
    </message>
    <message>
      <source>Disk read/write by configuration, 1 VM: fio sequential (Fig. 9–11)</source>
      <translation>Lettura/scrittura su disco per configurazione, 1 VM: fio sequenziale (Fig. 9–11)</translation>
    </message>
    <message>
      <source>Sequential throughput</source>
      <translation>Throughput sequenziale</translation>
    </message>
    <message>
      <source>Random disk I/O by configuration, 1 VM: fio 4 KiB (beyond the paper)</source>
      <translation>I/O casuale su disco per configurazione, 1 VM: fio 4 KiB (oltre l'articolo)</translation>
    </message>
    <message>
      <source>Random I/O</source>
      <translation>I/O casuale</translation>
    </message>
    <message>
      <source>Fig. 12</source>
      <translation>Fig. 12</translation>
    </message>
    <message>
      <source>Aggregate disk read/write at the largest VM count: bonnie++ (Fig. 12)</source>
      <translation>Lettura/scrittura su disco aggregata al numero massimo di VM: bonnie++ (Fig. 12)</translation>
    </message>
    <message>
      <source>Block throughput, sum over all guests</source>
      <translation>Throughput a blocchi, somma su tutti i guest</translation>
    </message>
    <message>
      <source>Aggregate disk read/write at the largest VM count: fio sequential (Fig. 12)</source>
      <translation>Lettura/scrittura su disco aggregata al numero massimo di VM: fio sequenziale (Fig. 12)</translation>
    </message>
    <message>
      <source>Sequential throughput, sum over all guests</source>
      <translation>Throughput sequenziale, somma su tutti i guest</translation>
    </message>
    <message>
      <source>Table I</source>
      <translation>Tabella I</translation>
    </message>
    <message>
      <source>CPU score % loss vs bare metal at the largest VM count (Table I)</source>
      <translation>% di perdita del punteggio CPU rispetto al bare metal al numero massimo di VM (Tabella I)</translation>
    </message>
    <message>
      <source>% loss vs bare metal [%]</source>
      <translation>% di perdita rispetto al bare metal [%]</translation>
    </message>
    <message>
      <source>Every benchmark's % loss vs bare metal at the largest VM count (Table I, extended)</source>
      <translation>% di perdita di ogni benchmark rispetto al bare metal al numero massimo di VM (Tabella I, estesa)</translation>
    </message>
    <message>
      <source>Fairness across concurrent guests: Jain's index per cell (§6.3)</source>
      <translation>Equità tra guest concorrenti: indice di Jain per cella (§6.3)</translation>
    </message>
    <message>
      <source>Jain's index [1 = perfectly fair, 1/n = one guest takes all]</source>
      <translation>Indice di Jain [1 = perfettamente equo, 1/n = un guest prende tutto]</translation>
    </message>
    <message>
      <source>Fairness across concurrent guests: slowest / fastest guest per cell (§6.3)</source>
      <translation>Equità tra guest concorrenti: guest più lento / più veloce per cella (§6.3)</translation>
    </message>
    <message>
      <source>min / max across guests, worst round [ratio]</source>
      <translation>min / max tra i guest, round peggiore [rapporto]</translation>
    </message>
    <message>
      <source>out (guest → host)</source>
      <translation>uscita (guest → host)</translation>
    </message>
    <message>
      <source>in (host → guest)</source>
      <translation>entrata (host → guest)</translation>
    </message>
    <message>
      <source>block read</source>
      <translation>lettura a blocchi</translation>
    </message>
    <message>
      <source>block write</source>
      <translation>scrittura a blocchi</translation>
    </message>
    <message>
      <source>sequential read</source>
      <translation>lettura sequenziale</translation>
    </message>
    <message>
      <source>sequential write</source>
      <translation>scrittura sequenziale</translation>
    </message>
    <message>
      <source>random read</source>
      <translation>lettura casuale</translation>
    </message>
    <message>
      <source>random write</source>
      <translation>scrittura casuale</translation>
    </message>
    <message>
      <source>Network throughput per guest vs number of VMs, out and in (Fig. 7)</source>
      <translation>Throughput di rete per guest rispetto al numero di VM, in uscita e in entrata (Fig. 7)</translation>
    </message>
    <message>
      <source>Network throughput by configuration, 1 VM: NIC and hypervisor (Fig. 8)</source>
      <translation>Throughput di rete per configurazione, 1 VM: NIC e hypervisor (Fig. 8)</translation>
    </message>
  </context>
  <context>
    <name>hvbench::PdfReport</name>
    <message>
      <source>Could not render the chart "%1" for the PDF report.</source>
      <translation>Impossibile disegnare il grafico "%1" per il report PDF.</translation>
    </message>
    <message>
      <source>hvbench report: %1</source>
      <translation>Report di hvbench: %1</translation>
    </message>
    <message>
      <source>Could not start the PDF report.</source>
      <translation>Impossibile avviare il report PDF.</translation>
    </message>
    <message>
      <source>Could not finish the PDF report.</source>
      <translation>Impossibile completare il report PDF.</translation>
    </message>
    <message>
      <source>The PDF report came out empty.</source>
      <translation>Il report PDF è risultato vuoto.</translation>
    </message>
  </context>
  <context>
    <name>hvbench::Reference</name>
    <message>
      <source>reference row %1</source>
      <translation>riga di riferimento %1</translation>
    </message>
    <message>
      <source>Reference row %1: unknown kind "%2" (hypervisor or cpu-yardstick).</source>
      <translation>Riga di riferimento %1: tipo "%2" sconosciuto (hypervisor o cpu-yardstick).</translation>
    </message>
    <message>
      <source>Reference row %1: unknown benchmark "%2".</source>
      <translation>Riga di riferimento %1: benchmark "%2" sconosciuto.</translation>
    </message>
    <message>
      <source>Reference row %1: %2 has no figure "%3".</source>
      <translation>Riga di riferimento %1: %2 non ha la misura "%3".</translation>
    </message>
    <message>
      <source>Reference row %1: unknown hypervisor "%2" (kvm, xen-hvm or xen-para).</source>
      <translation>Riga di riferimento %1: hypervisor "%2" sconosciuto (kvm, xen-hvm o xen-para).</translation>
    </message>
    <message>
      <source>Reference row %1: a hypervisor row needs a VM count of at least 1.</source>
      <translation>Riga di riferimento %1: una riga hypervisor richiede un numero di VM di almeno 1.</translation>
    </message>
    <message>
      <source>%1: “%2” (%3)</source>
      <translation>%1: “%2” (%3)</translation>
    </message>
    <message>
      <source>Cannot open the reference %1: %2</source>
      <translation>Impossibile aprire il riferimento %1: %2</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>The reference is not valid JSON (byte %1: %2).</source>
      <translation>Il riferimento non è JSON valido (byte %1: %2).</translation>
    </message>
    <message>
      <source>reference</source>
      <translation>reference</translation>
    </message>
    <message>
      <source>This is not an hvbench reference of format 1.</source>
      <translation>Questo non è un riferimento hvbench di formato 1.</translation>
    </message>
    <message>
      <source>reference source</source>
      <translation>reference source</translation>
    </message>
    <message>
      <source>reference hardware</source>
      <translation>reference hardware</translation>
    </message>
    <message>
      <source>The reference holds no rows.</source>
      <translation>Il riferimento non contiene righe.</translation>
    </message>
  </context>
  <context>
    <name>hvbench::Report</name>
    <message>
      <source>not recorded</source>
      <translation>non registrato</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sì</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>Run from %1 to %2 (UTC)</source>
      <translation>Esecuzione dalle %1 alle %2 (UTC)</translation>
    </message>
    <message>
      <source>Run started %1 (UTC), not finished</source>
      <translation>Esecuzione avviata %1 (UTC), non terminata</translation>
    </message>
    <message>
      <source>Last result %1 (UTC)</source>
      <translation>Ultimo risultato %1 (UTC)</translation>
    </message>
    <message>
      <source>Not run yet: no results</source>
      <translation>Non ancora eseguita: nessun risultato</translation>
    </message>
    <message>
      <source>This host has no hardware virtualization (KVM): the guests ran under QEMU's TCG software emulation, so every VM figure and every % loss below measures the emulator, not a hypervisor's overhead.</source>
      <translation>Questo host non ha la virtualizzazione hardware (KVM): i guest sono girati nell'emulazione software TCG di QEMU, quindi ogni valore delle VM e ogni % di perdita qui sotto misurano l'emulatore, non il costo di un hypervisor.</translation>
    </message>
    <message>
      <source>hvbench report: %1</source>
      <translation>Report di hvbench: %1</translation>
    </message>
    <message numerus="yes">
      <source>Session %1, host %2, %n result(s)</source>
      <translation>
        <numerusform>Sessione %1, host %2, %n risultato</numerusform>
        <numerusform>Sessione %1, host %2, %n risultati</numerusform>
      </translation>
    </message>
    <message>
      <source>hvbench %1</source>
      <translation>hvbench %1</translation>
    </message>
    <message>
      <source>Host</source>
      <translation>Host</translation>
    </message>
    <message>
      <source>The session records no libvirt host: it was not run against one (bare metal only, imported results, or not run yet).</source>
      <translation>La sessione non registra alcun host libvirt: non è stata eseguita su uno (solo bare metal, risultati importati o non ancora eseguita).</translation>
    </message>
    <message>
      <source>libvirt URI</source>
      <translation>URI libvirt</translation>
    </message>
    <message>
      <source>Host name</source>
      <translation>Nome host</translation>
    </message>
    <message>
      <source>Acceleration</source>
      <translation>Accelerazione</translation>
    </message>
    <message>
      <source>CPU model</source>
      <translation>Modello di CPU</translation>
    </message>
    <message>
      <source>Logical CPUs (cores)</source>
      <translation>CPU logiche (core)</translation>
    </message>
    <message>
      <source>RAM (MiB)</source>
      <translation>RAM (MiB)</translation>
    </message>
    <message>
      <source>Architecture</source>
      <translation>Architettura</translation>
    </message>
    <message>
      <source>libvirt driver</source>
      <translation>Driver libvirt</translation>
    </message>
    <message>
      <source>libvirt version</source>
      <translation>Versione di libvirt</translation>
    </message>
    <message>
      <source>Hypervisor version (%1)</source>
      <translation>Versione dell'hypervisor (%1)</translation>
    </message>
    <message>
      <source>The machine that ran hvbench</source>
      <translation>La macchina che ha eseguito hvbench</translation>
    </message>
    <message>
      <source>Kernel</source>
      <translation>Kernel</translation>
    </message>
    <message>
      <source>Operating system</source>
      <translation>Sistema operativo</translation>
    </message>
    <message>
      <source>Logical CPUs</source>
      <translation>CPU logiche</translation>
    </message>
    <message>
      <source>Agents (bare metal and each guest, as they said hello)</source>
      <translation>Agenti (bare metal e ogni guest, come si sono presentati)</translation>
    </message>
    <message>
      <source>Who</source>
      <translation>Chi</translation>
    </message>
    <message>
      <source>CPUs</source>
      <translation>CPU</translation>
    </message>
    <message>
      <source>Virtualized</source>
      <translation>Virtualizzato</translation>
    </message>
    <message>
      <source>Agent</source>
      <translation>Agente</translation>
    </message>
    <message>
      <source>Guest image</source>
      <translation>Immagine guest</translation>
    </message>
    <message>
      <source>VM specs</source>
      <translation>Specifiche VM</translation>
    </message>
    <message>
      <source>Matrix and benchmark parameters</source>
      <translation>Parametri della matrice e dei benchmark</translation>
    </message>
    <message>
      <source>Charts</source>
      <translation>Grafici</translation>
    </message>
    <message>
      <source>No rows.</source>
      <translation>Nessuna riga.</translation>
    </message>
    <message>
      <source>Command lines</source>
      <translation>Righe di comando</translation>
    </message>
    <message>
      <source>No results, so no command was run.</source>
      <translation>Nessun risultato, quindi nessun comando è stato eseguito.</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>Comando</translation>
    </message>
    <message>
      <source>Tool version</source>
      <translation>Versione dello strumento</translation>
    </message>
    <message>
      <source>Run in</source>
      <translation>Eseguito in</translation>
    </message>
    <message>
      <source>iperf3 servers on the host</source>
      <translation>Server iperf3 sull'host</translation>
    </message>
    <message>
      <source>Bare-metal network baseline</source>
      <translation>Baseline di rete bare metal</translation>
    </message>
    <message>
      <source>Skipped cells</source>
      <translation>Celle saltate</translation>
    </message>
    <message>
      <source>Not recorded (the session was not run by this version of hvbench).</source>
      <translation>Non registrato (la sessione non è stata eseguita da questa versione di hvbench).</translation>
    </message>
    <message>
      <source>None: every cell of the matrix ran.</source>
      <translation>Nessuna: ogni cella della matrice è stata eseguita.</translation>
    </message>
    <message>
      <source>Cell</source>
      <translation>Cella</translation>
    </message>
    <message>
      <source>Benchmark</source>
      <translation>Benchmark</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>(all)</source>
      <translation>(tutte)</translation>
    </message>
    <message>
      <source>Repeats</source>
      <translation>Ripetizioni</translation>
    </message>
    <message>
      <source>Cells ran in a random order per round (seed %1).</source>
      <translation>Le celle sono state eseguite in ordine casuale a ogni round (seme %1).</translation>
    </message>
    <message>
      <source>Rounds</source>
      <translation>Round</translation>
    </message>
    <message>
      <source>Stopped by</source>
      <translation>Fermato da</translation>
    </message>
    <message>
      <source>RSD (%)</source>
      <translation>RSD (%)</translation>
    </message>
    <message>
      <source>Time: %1 s of rounds, %2 s inside benchmarks: orchestration overhead %3 %.</source>
      <translation>Tempo: %1 s di round, %2 s dentro i benchmark: costo dell'orchestrazione %3 %.</translation>
    </message>
    <message>
      <source>Domain XML</source>
      <translation>XML del dominio</translation>
    </message>
    <message>
      <source>No domain was defined (no VM cell ran).</source>
      <translation>Nessun dominio è stato definito (nessuna cella VM eseguita).</translation>
    </message>
  </context>
  <context>
    <name>hvbench::ResultsPage</name>
    <message>
      <source>Write the selected figure as a PNG image</source>
      <translation>Scrive la figura selezionata come immagine PNG</translation>
    </message>
    <message>
      <source>Write every figure that has data as PNG and the tables as CSV into a folder</source>
      <translation>Scrive in una cartella ogni figura con dati in PNG e le tabelle in CSV</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Figure</translation>
    </message>
    <message>
      <source>Table I — PI % loss vs bare metal</source>
      <translation>Tabella I — % di perdita PI rispetto al bare metal</translation>
    </message>
    <message>
      <source>Benchmarks — % loss, 95 % CI, Jain</source>
      <translation>Benchmark — % di perdita, IC 95 %, Jain</translation>
    </message>
    <message>
      <source>every figure with data (PNG) and the tables (CSV) to %1</source>
      <translation>ogni figura con dati (PNG) e le tabelle (CSV) in %1</translation>
    </message>
    <message>
      <source>Export &amp;chart…</source>
      <translation>Esporta &amp;grafico…</translation>
    </message>
    <message>
      <source>Export chart</source>
      <translation>Esporta grafico</translation>
    </message>
    <message>
      <source>Write every chart as PNG and SVG, every table as CSV and the report (HTML and PDF) into a folder</source>
      <translation>Scrive in una cartella ogni grafico in PNG e SVG, ogni tabella in CSV e il report (HTML e PDF)</translation>
    </message>
    <message>
      <source>%1 to %2</source>
      <translation>%1 in %2</translation>
    </message>
  </context>
  <context>
    <name>hvbench::RunPage</name>
    <message>
      <source>Resume run</source>
      <translation>Riprendi l'esecuzione</translation>
    </message>
    <message>
      <source>Resume interrupted run</source>
      <translation>Riprendi l'esecuzione interrotta</translation>
    </message>
    <message>
      <source>Continue the run that was cancelled or stopped: what it measured is kept and not measured again</source>
      <translation>Continua l'esecuzione annullata o fermata: ciò che ha misurato viene conservato e non misurato di nuovo</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Pausa</translation>
    </message>
    <message>
      <source>Pause run</source>
      <translation>Metti in pausa l'esecuzione</translation>
    </message>
    <message>
      <source>Pause after the running benchmark step (never mid-measurement)</source>
      <translation>Pausa dopo il passo di benchmark in corso (mai a metà di una misura)</translation>
    </message>
    <message>
      <source>Resu&amp;me</source>
      <translation>&amp;Riprendi</translation>
    </message>
    <message>
      <source>Resume paused run</source>
      <translation>Riprendi l'esecuzione in pausa</translation>
    </message>
    <message>
      <source>Continue the paused run</source>
      <translation>Continua l'esecuzione in pausa</translation>
    </message>
    <message>
      <source>Stop the run; results recorded so far are kept</source>
      <translation>Ferma l'esecuzione; i risultati registrati finora vengono conservati</translation>
    </message>
    <message>
      <source>Cell progress</source>
      <translation>Avanzamento delle celle</translation>
    </message>
    <message>
      <source>Virtual machines</source>
      <translation>Macchine virtuali</translation>
    </message>
    <message>
      <source>Cop&amp;y log</source>
      <translation>&amp;Copia log</translation>
    </message>
    <message>
      <source>&amp;Save log …</source>
      <translation>&amp;Salva log …</translation>
    </message>
    <message>
      <source>Time left</source>
      <translation>Tempo rimanente</translation>
    </message>
    <message>
      <source>Copy log</source>
      <translation>Copia log</translation>
    </message>
    <message>
      <source>Save log</source>
      <translation>Salva log</translation>
    </message>
    <message>
      <source>Pausing after the running step …</source>
      <translation>Pausa dopo il passo in corso …</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>In pausa</translation>
    </message>
    <message>
      <source>Running …</source>
      <translation>In esecuzione …</translation>
    </message>
    <message>
      <source>%1 / %2 steps, time left: estimating …</source>
      <translation>%1 / %2 passi, tempo rimanente: stima in corso …</translation>
    </message>
    <message>
      <source>%1 / %2 steps, about %3 left</source>
      <translation>%1 / %2 passi, circa %3 rimanenti</translation>
    </message>
    <message>
      <source>Network throughput per guest</source>
      <translation>Throughput di rete per guest</translation>
    </message>
    <message>
      <source>Mbit/s (rx + tx)</source>
      <translation>Mbit/s (rx + tx)</translation>
    </message>
    <message>
      <source>Throughput appears while iperf3 runs</source>
      <translation>Il throughput compare mentre iperf3 è in esecuzione</translation>
    </message>
    <message>
      <source>PI cycles per guest</source>
      <translation>Cicli PI per guest</translation>
    </message>
    <message>
      <source>10⁶ cycles</source>
      <translation>10⁶ cicli</translation>
    </message>
    <message>
      <source>PI results appear here as they arrive</source>
      <translation>I risultati PI compaiono qui man mano che arrivano</translation>
    </message>
    <message>
      <source>Steal per result</source>
      <translation>Steal per risultato</translation>
    </message>
    <message>
      <source>steal ticks</source>
      <translation>tick di steal</translation>
    </message>
    <message>
      <source>Steal ticks of each PI result appear here</source>
      <translation>I tick di steal di ogni risultato PI compaiono qui</translation>
    </message>
    <message>
      <source>%1 h %2 min</source>
      <translation>%1 h %2 min</translation>
    </message>
    <message>
      <source>%1 min %2 s</source>
      <translation>%1 min %2 s</translation>
    </message>
    <message>
      <source>%1 s</source>
      <translation>%1 s</translation>
    </message>
    <message>
      <source>Resume the interrupted run?</source>
      <translation>Riprendere l'esecuzione interrotta?</translation>
    </message>
    <message numerus="yes">
      <source>This session holds %n result(s) of a run that did not finish. Resume it (nothing measured is measured again), or run again from scratch (replaces them in the open session; a saved file keeps them until you save)?</source>
      <translation>
        <numerusform>Questa sessione contiene %n risultato di un'esecuzione non terminata. Riprenderla (nulla di già misurato viene misurato di nuovo), o eseguire di nuovo da zero (lo sostituisce nella sessione aperta; un file salvato lo conserva finché non salvi)?</numerusform>
        <numerusform>Questa sessione contiene %n risultati di un'esecuzione non terminata. Riprenderla (nulla di già misurato viene misurato di nuovo), o eseguire di nuovo da zero (li sostituisce nella sessione aperta; un file salvato li conserva finché non salvi)?</numerusform>
      </translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Riprendi</translation>
    </message>
    <message>
      <source>Run again from scratch</source>
      <translation>Esegui di nuovo da zero</translation>
    </message>
    <message>
      <source>— Run resumed at %1 —</source>
      <translation>— Esecuzione ripresa alle %1 —</translation>
    </message>
    <message>
      <source>Save the run log</source>
      <translation>Salva il log dell'esecuzione</translation>
    </message>
    <message>
      <source>Text files (*.txt *.log)</source>
      <translation>File di testo (*.txt *.log)</translation>
    </message>
    <message>
      <source>The log could not be written to %1: %2</source>
      <translation>Impossibile scrivere il log in %1: %2</translation>
    </message>
  </context>
  <context>
    <name>hvbench::Runner</name>
    <message numerus="yes">
      <source>Resuming the interrupted run: its %n result(s) are kept.</source>
      <translation>
        <numerusform>Ripresa dell'esecuzione interrotta: il suo %n risultato viene conservato.</numerusform>
        <numerusform>Ripresa dell'esecuzione interrotta: i suoi %n risultati vengono conservati.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Resuming after %n started round(s); %1 unfinished cell visit(s) of them run first.</source>
      <translation>
        <numerusform>Ripresa dopo %n round avviato; prima vengono eseguite %1 sue visite di cella non terminate.</numerusform>
        <numerusform>Ripresa dopo %n round avviati; prima vengono eseguite %1 loro visite di cella non terminate.</numerusform>
      </translation>
    </message>
    <message>
      <source>Completing round %1 of %2.</source>
      <translation>Completamento del round %1 di %2.</translation>
    </message>
    <message>
      <source>Pausing when the running benchmark step has its results …</source>
      <translation>Pausa quando il passo di benchmark in corso avrà i suoi risultati …</translation>
    </message>
    <message>
      <source>Pause withdrawn.</source>
      <translation>Pausa annullata.</translation>
    </message>
    <message>
      <source>Resumed.</source>
      <translation>Ripresa.</translation>
    </message>
    <message>
      <source>Paused between two benchmark steps; this cell's guests stay up, idle.</source>
      <translation>In pausa tra due passi di benchmark; i guest di questa cella restano accesi, inattivi.</translation>
    </message>
    <message>
      <source>Paused between two cell visits; no guest is running.</source>
      <translation>In pausa tra due visite di cella; nessun guest è in esecuzione.</translation>
    </message>
    <message numerus="yes">
      <source>%n round(s), as asked</source>
      <translation>
        <numerusform>%n round, come richiesto</numerusform>
        <numerusform>%n round, come richiesto</numerusform>
      </translation>
    </message>
    <message>
      <source>spread below the RSD target</source>
      <translation>dispersione sotto l'obiettivo di RSD</translation>
    </message>
    <message>
      <source>round limit reached without converging</source>
      <translation>limite di round raggiunto senza convergere</translation>
    </message>
    <message>
      <source>time budget spent</source>
      <translation>budget di tempo esaurito</translation>
    </message>
    <message>
      <source>run stopped before its rounds were done</source>
      <translation>esecuzione fermata prima di completare i round</translation>
    </message>
    <message>
      <source>%1 skipped: %2</source>
      <translation>%1 saltata: %2</translation>
    </message>
    <message>
      <source>not planned on this host</source>
      <translation>non pianificata su questo host</translation>
    </message>
  </context>
  <context>
    <name>hvbench::SessionCharts</name>
    <message>
      <source>PI: CPU cycles per guest (Fig. 4–6)</source>
      <translation>PI: cicli di CPU per guest (Fig. 4–6)</translation>
    </message>
    <message>
      <source>PI: % loss vs bare metal (Table I)</source>
      <translation>PI: % di perdita rispetto al bare metal (Tabella I)</translation>
    </message>
    <message>
      <source>Table I: PI % loss vs bare metal</source>
      <translation>Tabella I: % di perdita PI rispetto al bare metal</translation>
    </message>
    <message>
      <source>Benchmarks: % loss vs bare metal</source>
      <translation>Benchmark: % di perdita rispetto al bare metal</translation>
    </message>
    <message>
      <source>Raw results (every guest run)</source>
      <translation>Risultati grezzi (ogni esecuzione guest)</translation>
    </message>
  </context>
  <context>
    <name>hvbench::SpecsListModel</name>
    <message>
      <source>Auto</source>
      <translation>Auto</translation>
    </message>
    <message>
      <source>KVM</source>
      <translation>KVM</translation>
    </message>
    <message>
      <source>QEMU/TCG</source>
      <translation>QEMU/TCG</translation>
    </message>
    <message>
      <source>Xen PV</source>
      <translation>Xen PV</translation>
    </message>
    <message>
      <source>Xen HVM</source>
      <translation>Xen HVM</translation>
    </message>
    <message>
      <source>virtio-blk</source>
      <translation>virtio-blk</translation>
    </message>
    <message>
      <source>virtio-scsi</source>
      <translation>virtio-scsi</translation>
    </message>
    <message>
      <source>SATA</source>
      <translation>SATA</translation>
    </message>
    <message>
      <source>IDE</source>
      <translation>IDE</translation>
    </message>
    <message>
      <source>xvd</source>
      <translation>xvd</translation>
    </message>
    <message>
      <source>%1 GiB</source>
      <translation>%1 GiB</translation>
    </message>
    <message>
      <source>%1 MiB</source>
      <translation>%1 MiB</translation>
    </message>
    <message>
      <source>1 vCPU</source>
      <translation>1 vCPU</translation>
    </message>
    <message>
      <source>%1 vCPUs</source>
      <translation>%1 vCPU</translation>
    </message>
    <message>
      <source>%1 isolated</source>
      <translation>%1 isolata</translation>
    </message>
    <message>
      <source>no data disk</source>
      <translation>nessun disco dati</translation>
    </message>
    <message>
      <source>file %1 %2 %3</source>
      <translation>file %1 %2 %3</translation>
    </message>
    <message>
      <source>LVM %1 %2</source>
      <translation>LVM %1 %2</translation>
    </message>
    <message>
      <source>block %1 %2</source>
      <translation>blocco %1 %2</translation>
    </message>
    <message>
      <source>own kernel</source>
      <translation>kernel proprio</translation>
    </message>
    <message>
      <source>own disk image</source>
      <translation>immagine disco propria</translation>
    </message>
    <message>
      <source>%1: %2</source>
      <translation>%1: %2</translation>
    </message>
    <message>
      <source>No host selected: specs are checked when you connect to a host on the Hosts page.</source>
      <translation>Nessun host selezionato: le specifiche vengono verificate quando ti connetti a un host nella pagina Host.</translation>
    </message>
    <message>
      <source>Runnable on %1.</source>
      <translation>Eseguibile su %1.</translation>
    </message>
    <message>
      <source>Runnable on %1, but:
• %2</source>
      <translation>Eseguibile su %1, ma:
• %2</translation>
    </message>
    <message>
      <source>Refused by %1: %2</source>
      <translation>Rifiutata da %1: %2</translation>
    </message>
    <message>
      <source>Invalid: %1</source>
      <translation>Non valida: %1</translation>
    </message>
    <message>
      <source>A VM spec needs a name: type one.</source>
      <translation>Una specifica VM richiede un nome: digitane uno.</translation>
    </message>
    <message>
      <source>"%1" is the name of the bare-metal baseline: choose another name.</source>
      <translation>"%1" è il nome della baseline bare metal: scegli un altro nome.</translation>
    </message>
    <message>
      <source>Another VM spec is already called "%1": names must be unique.</source>
      <translation>Un'altra specifica VM si chiama già "%1": i nomi devono essere univoci.</translation>
    </message>
    <message>
      <source>new-vm</source>
      <translation>nuova-vm</translation>
    </message>
    <message>
      <source>new-vm-%1</source>
      <translation>nuova-vm-%1</translation>
    </message>
    <message>
      <source>Select the VM spec to duplicate.</source>
      <translation>Seleziona la specifica VM da duplicare.</translation>
    </message>
    <message>
      <source>%1 (copy)</source>
      <translation>%1 (copia)</translation>
    </message>
    <message>
      <source>%1 (copy %2)</source>
      <translation>%1 (copia %2)</translation>
    </message>
    <message>
      <source>Select the VM spec to rename.</source>
      <translation>Seleziona la specifica VM da rinominare.</translation>
    </message>
    <message>
      <source>Select the VM spec to change.</source>
      <translation>Seleziona la specifica VM da modificare.</translation>
    </message>
    <message>
      <source>Select the VM spec to delete.</source>
      <translation>Seleziona la specifica VM da eliminare.</translation>
    </message>
    <message>
      <source>"%1" is the session's only VM spec and a session needs at least one: add another spec before deleting this one.</source>
      <translation>"%1" è l'unica specifica VM della sessione e una sessione ne richiede almeno una: aggiungi un'altra specifica prima di eliminare questa.</translation>
    </message>
    <message>
      <source>There is no VM spec to move there.</source>
      <translation>Non c'è una specifica VM da spostare lì.</translation>
    </message>
  </context>
  <context>
    <name>hvbench::SpecsPage</name>
    <message>
      <source>Host checked against</source>
      <translation>Host usato per la verifica</translation>
    </message>
    <message>
      <source>Host verdict</source>
      <translation>Verdetto dell'host</translation>
    </message>
    <message>
      <source>Host warnings</source>
      <translation>Avvisi dell'host</translation>
    </message>
    <message>
      <source>Spec list message</source>
      <translation>Messaggio dell'elenco delle specifiche</translation>
    </message>
    <message>
      <source>VM specs</source>
      <translation>Specifiche VM</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Nuova</translation>
    </message>
    <message>
      <source>Add a VM spec with default settings (Insert)</source>
      <translation>Aggiungi una specifica VM con le impostazioni predefinite (Ins)</translation>
    </message>
    <message>
      <source>D&amp;uplicate</source>
      <translation>D&amp;uplica</translation>
    </message>
    <message>
      <source>Add a copy of the selected VM spec (Ctrl+D)</source>
      <translation>Aggiungi una copia della specifica VM selezionata (Ctrl+D)</translation>
    </message>
    <message>
      <source>Rena&amp;me</source>
      <translation>Rino&amp;mina</translation>
    </message>
    <message>
      <source>Rename the selected VM spec (F2)</source>
      <translation>Rinomina la specifica VM selezionata (F2)</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Elimina</translation>
    </message>
    <message>
      <source>Delete the selected VM spec, after asking (Delete)</source>
      <translation>Elimina la specifica VM selezionata, dopo aver chiesto conferma (Canc)</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Sposta su</translation>
    </message>
    <message>
      <source>Move the selected VM spec up (Alt+Up): the matrix runs specs in this order</source>
      <translation>Sposta su la specifica VM selezionata (Alt+Su): la matrice esegue le specifiche in questo ordine</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Sposta giù</translation>
    </message>
    <message>
      <source>Move the selected VM spec down (Alt+Down)</source>
      <translation>Sposta giù la specifica VM selezionata (Alt+Giù)</translation>
    </message>
    <message>
      <source>&amp;VM specs of this session:</source>
      <translation>Specifiche &amp;VM di questa sessione:</translation>
    </message>
    <message>
      <source>Selected spec</source>
      <translation>Specifica selezionata</translation>
    </message>
    <message>
      <source>Check against the host</source>
      <translation>Verifica rispetto all'host</translation>
    </message>
    <message>
      <source>Select the VM spec to rename.</source>
      <translation>Seleziona la specifica VM da rinominare.</translation>
    </message>
    <message>
      <source>Select the VM spec to delete.</source>
      <translation>Seleziona la specifica VM da eliminare.</translation>
    </message>
    <message>
      <source>Delete VM spec</source>
      <translation>Elimina specifica VM</translation>
    </message>
    <message>
      <source>Delete the VM spec "%1"? The matrix will no longer run it.</source>
      <translation>Eliminare la specifica VM "%1"? La matrice non la eseguirà più.</translation>
    </message>
    <message>
      <source>No host selected — specs are checked when you connect to a host on the Hosts page.</source>
      <translation>Nessun host selezionato — le specifiche vengono verificate quando ti connetti a un host nella pagina Host.</translation>
    </message>
    <message>
      <source>%1 (%2)</source>
      <translation>%1 (%2)</translation>
    </message>
    <message>
      <source>%1 · %2 CPUs · %3 MiB RAM</source>
      <translation>%1 · %2 CPU · %3 MiB di RAM</translation>
    </message>
    <message>
      <source>Warnings assume one VM at a time (the matrix's largest VM count).</source>
      <translation>Gli avvisi presuppongono una VM alla volta (il numero massimo di VM della matrice).</translation>
    </message>
    <message>
      <source>Warnings assume %1 concurrent VMs (the matrix's largest VM count).</source>
      <translation>Gli avvisi presuppongono %1 VM concorrenti (il numero massimo di VM della matrice).</translation>
    </message>
    <message>
      <source>Checked against %1 — %2 — as recorded by this session's last run; connect to a host on the Hosts page to check against its current state. %3</source>
      <translation>Verificata rispetto a %1 — %2 — come registrato dall'ultima esecuzione di questa sessione; connettiti a un host nella pagina Host per verificare rispetto al suo stato attuale. %3</translation>
    </message>
    <message>
      <source>Checked against %1 — %2. %3</source>
      <translation>Verificata rispetto a %1 — %2. %3</translation>
    </message>
    <message>
      <source>Select a VM spec.</source>
      <translation>Seleziona una specifica VM.</translation>
    </message>
    <message>
      <source>✖ Not saved: %1</source>
      <translation>✖ Non salvata: %1</translation>
    </message>
    <message>
      <source>✔ This host can run this spec.</source>
      <translation>✔ Questo host può eseguire questa specifica.</translation>
    </message>
    <message>
      <source>⚠ This host can run this spec, with warnings:</source>
      <translation>⚠ Questo host può eseguire questa specifica, con avvisi:</translation>
    </message>
    <message>
      <source>✖ This host cannot run this spec: %1</source>
      <translation>✖ Questo host non può eseguire questa specifica: %1</translation>
    </message>
  </context>
  <context>
    <name>hvbench::VmCounts</name>
    <message>
      <source>"%1" is not a VM count: write whole numbers of at least 1 separated by commas, e.g. "1, 7, 8, 17".</source>
      <translation>"%1" non è un numero di VM: scrivi interi di almeno 1 separati da virgole, ad es. "1, 7, 8, 17".</translation>
    </message>
  </context>
  <context>
    <name>hvbench::VmPhaseModel</name>
    <message>
      <source>VM</source>
      <translation>VM</translation>
    </message>
    <message>
      <source>Domain</source>
      <translation>Dominio</translation>
    </message>
    <message>
      <source>Phase</source>
      <translation>Fase</translation>
    </message>
    <message>
      <source>Detail</source>
      <translation>Dettaglio</translation>
    </message>
  </context>
  <context>
    <name>hvbench::cli</name>
    <message>
      <source>Usage: hvbench-cli compare SESSION_FILE... [--reference]

Prints the sessions' benchmark tables side by side, aligned by benchmark, figure,
configuration and VM count: per session [k] the mean per guest (in the figure's
unit), the % loss against its own bare metal, the loss's 95 % CI and n.  A cell a
session lacks is "—" (never 0).

  --reference   add the % loss published by Chierici, Veraldi and Salomoni (2009):
                Table I (HEP-SPEC06, 8 VMs) and the PI test of §6.3.  hvbench's CPU
                score is 7-Zip, not HEP-SPEC06: compare % loss, not scores.
  -h, --help    this help

Exit status: 0 printed; 2 a bad option or a session file that does not load.</source>
      <translation>Uso: hvbench-cli compare FILE_SESSIONE... [--reference]

Stampa affiancate le tabelle dei benchmark delle sessioni, allineate per benchmark,
misura, configurazione e numero di VM: per ogni sessione [k] la media per guest
(nell'unità della misura), la % di perdita rispetto al proprio bare metal, l'IC 95 %
della perdita e n.  Una cella che manca a una sessione è "—" (mai 0).

  --reference   aggiunge la % di perdita pubblicata da Chierici, Veraldi e Salomoni
                (2009): Tabella I (HEP-SPEC06, 8 VM) e il test PI del §6.3. Il punteggio
                CPU di hvbench è 7-Zip, non HEP-SPEC06: confronta la % di perdita, non i
                punteggi.
  -h, --help    questo aiuto

Stato di uscita: 0 stampato; 2 un'opzione non valida o un file di sessione che non si carica.</translation>
    </message>
    <message>
      <source>compare needs two session files, or one with --reference.</source>
      <translation>compare richiede due file di sessione, oppure uno con --reference.</translation>
    </message>
    <message>
      <source>[%1] %2 (%3, %4 results)%5</source>
      <translation>[%1] %2 (%3, %4 risultati)%5</translation>
    </message>
    <message>
      <source>paper</source>
      <translation>articolo</translation>
    </message>
    <message>
      <source>[%1] %2 — published, not measured: % loss only; its CPU figure is HEP-SPEC06, hvbench's is 7-Zip</source>
      <translation>[%1] %2 — pubblicato, non misurato: solo % di perdita; la sua misura della CPU è HEP-SPEC06, quella di hvbench è 7-Zip</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unità</translation>
    </message>
    <message>
      <source>[%1] mean</source>
      <translation>[%1] media</translation>
    </message>
    <message>
      <source>[%1] % loss</source>
      <translation>[%1] % di perdita</translation>
    </message>
    <message>
      <source>[%1] 95 % CI</source>
      <translation>[%1] IC 95 %</translation>
    </message>
    <message>
      <source>[%1] n</source>
      <translation>[%1] n</translation>
    </message>
    <message>
      <source>No results in these sessions yet.</source>
      <translation>Ancora nessun risultato in queste sessioni.</translation>
    </message>
    <message>
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
                       (grafici, tabelle della % di perdita, manifesto dell'host,
                       comandi, XML dei domini)</translation>
    </message>
    <message>
      <source>--format: %1</source>
      <translation>--format: %1</translation>
    </message>
    <message>
      <source>--size: %1</source>
      <translation>--size: %1</translation>
    </message>
    <message>
      <source>--dpi: %1</source>
      <translation>--dpi: %1</translation>
    </message>
    <message>
      <source>--report: %1</source>
      <translation>--report: %1</translation>
    </message>
    <message>
      <source>Written before the failure: %1</source>
      <translation>Scritto prima dell'errore: %1</translation>
    </message>
    <message>
      <source>Wrote %1 to %2</source>
      <translation>Scritto %1 in %2</translation>
    </message>
  </context>
  <context>
    <name>hvbench::cli::CliApp</name>
    <message>
      <source>--resume: %1 holds no interrupted run to continue.</source>
      <translation>--resume: %1 non contiene un'esecuzione interrotta da continuare.</translation>
    </message>
    <message>
      <source>the demo</source>
      <translation>la demo</translation>
    </message>
    <message>
      <source>Note: this session holds an interrupted run; it is replaced (--resume continues it instead).</source>
      <translation>Nota: questa sessione contiene un'esecuzione interrotta; viene sostituita (--resume invece la continua).</translation>
    </message>
    <message>
      <source>Paused (send SIGUSR1 again to resume).</source>
      <translation>In pausa (invia di nuovo SIGUSR1 per riprendere).</translation>
    </message>
    <message>
      <source>Resumed.</source>
      <translation>Ripresa.</translation>
    </message>
  </context>
</TS>
