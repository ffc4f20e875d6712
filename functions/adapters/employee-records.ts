import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Employee } from '#domain/employee';
import type { EmployeeRecords } from '#domain/ports';
import { documentClient, tableName } from './dynamodb';

const employeeKey = (nip: string) => ({ pk: `EMP#${nip}`, sk: 'PROFILE' });

function employeeItem(employee: Employee) {
  return {
    ...employeeKey(employee.nip),
    type: 'EMPLOYEE',
    gsi2pk: `UNIT#${employee.unit}#EMPLOYEES`,
    gsi2sk: `${employee.name}#${employee.nip}`,
    employee,
  };
}

export const employeeRecords: EmployeeRecords = {
  async get(nip) {
    const result = await documentClient.send(new GetCommand({ TableName: tableName, Key: employeeKey(nip) }));
    return result.Item?.employee as Employee | undefined;
  },

  async put(employee) {
    await documentClient.send(new PutCommand({ TableName: tableName, Item: employeeItem(employee) }));
  },
};
