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
    <name>hvbench::Comparison</name>
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
    <message>
      <source>VM Specs</source>
      <translation>Specifiche VM</translation>
    </message>
    <message>
      <source>Specs</source>
      <translation>Specifiche</translation>
    </message>
    <message>
      <source>Comparison</source>
      <translation>Confronto</translation>
    </message>
    <message>
      <source>Benchmarks</source>
      <translation>Benchmark</translation>
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
      <source>every figure with data (PNG) and the tables (CSV) to %1</source>
      <translation>ogni figura con dati (PNG) e le tabelle (CSV) in %1</translation>
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
  </context>
</TS>
