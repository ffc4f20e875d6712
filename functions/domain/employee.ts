/** Master data of an employee (ASN), as the rules need it. */
export interface Employee {
  readonly nip: string;
  readonly name: string;
  readonly employeeType: 'PNS' | 'PPPK';
  /** Code of the unit (perangkat daerah). */
  readonly unit: string;
  readonly unitName: string;
  readonly email?: string;
}
