export default function Page() {
  return <h1 className="govuk-heading-l">audit/audit</h1>;
}
