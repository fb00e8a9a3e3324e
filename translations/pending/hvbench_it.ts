<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it" sourcelanguage="en">
  <context>
    <name>hvbench::BenchChart</name>
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
    <name>hvbench::MatrixPage</name>
    <message>
      <source>The bundled guest image was not found (%1): planned as if it had every tool.</source>
      <translation>L'immagine guest inclusa non è stata trovata (%1): pianificato come se avesse tutti gli strumenti.</translation>
    </message>
  </context>
  <context>
    <name>hvbench::MatrixPreviewModel</name>
    <message>
      <source>Command line (guest 1; all in the tooltip)</source>
      <translation>Riga di comando (guest 1; tutte nel suggerimento)</translation>
    </message>
  </context>
  <context>
    <name>hvbench::PaperFigures</name>
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
