export default function Page() {
  return <h1 className="govuk-heading-l">reports/reports</h1>;
}
