export default function Page() {
  return <h1 className="govuk-heading-l">archive/archive</h1>;
}
