<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>hvbench::BenchChart</name>
    <message numerus="yes">
      <source>Configuration at %n concurrent VM(s) (bare metal: the host alone)</source>
      <translation>
        <numerusform>Configuration at %n concurrent VM (bare metal: the host alone)</numerusform>
        <numerusform>Configuration at %n concurrent VMs (bare metal: the host alone)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Configuration at %n concurrent VM(s)</source>
      <translation>
        <numerusform>Configuration at %n concurrent VM</numerusform>
        <numerusform>Configuration at %n concurrent VMs</numerusform>
      </translation>
    </message>
  </context>
</TS>
