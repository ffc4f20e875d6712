export default function Page() {
  return <h1 className="govuk-heading-l">verify/verify</h1>;
}
