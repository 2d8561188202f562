// The page of `mllens serve`: it sends the workload to POST v1/assessments as any other client would and
// shows the HTML report it gets back in a sandboxed frame. Refusals are shown as the service words them.
'use strict';
(function () {
  const form = document.getElementById('assess');
  const text = document.getElementById('workload');
  const upload = document.getElementById('upload');
  const submit = document.getElementById('submit');
  const status = document.getElementById('status');
  const error = document.getElementById('error');
  const frame = document.getElementById('report');
  let uploadedYaml = false;

  function say(message) {
    status.textContent = message;
  }

  function fail(message) {
    error.textContent = message;
    error.hidden = false;
    say('');
  }

  function clearError() {
    error.hidden = true;
    error.textContent = '';
  }

  document.getElementById('load-sample').addEventListener('click', function () {
    text.value = document.getElementById('sample').textContent;
    uploadedYaml = false;
    clearError();
    say('Sample loaded: a card-fraud model behind a real-time endpoint.');
  });

  upload.addEventListener('change', function () {
    const file = upload.files[0];
    if (!file) {
      return;
    }
    file.text().then(function (content) {
      text.value = content;
      uploadedYaml = /\.ya?ml$/i.test(file.name);
      clearError();
      say('Loaded ' + file.name + '.');
    }, function () {
      fail('Cannot read ' + file.name + '.');
    });
  });

  text.addEventListener('input', function () {
    uploadedYaml = false;
  });

  // A file named .yaml or .yml is YAML; other text is JSON when it starts with "{", as mllens reads stdin.
  function mediaType(body) {
    return !uploadedYaml && body.trimStart().startsWith('{') ? 'application/json' : 'application/yaml';
  }

  // The service's error body names the JSON path (or query parameter) and the problem, as the CLI does.
  function describe(body) {
    const e = body && body.error;
    if (!e || typeof e.problem !== 'string') {
      return 'The service refused the workload.';
    }
    const where = e.path || (e.parameter ? 'parameter ' + e.parameter : '');
    return (where ? where + ': ' : '') + e.problem + (e.line ? ' (line ' + e.line + ')' : '');
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const body = text.value;
    clearError();
    if (body.trim() === '') {
      fail('Paste or upload a workload document, or load the sample.');
      return;
    }
    say('Assessing…');
    submit.disabled = true;
    fetch('v1/assessments', {
      method: 'POST',
      headers: {'Content-Type': mediaType(body), 'Accept': 'text/html'},
      body: body
    }).then(function (response) {
      if (response.ok) {
        return response.text().then(function (report) {
          frame.srcdoc = report;
          frame.hidden = false;
          say('Assessed: the report is below.');
          frame.scrollIntoView();
        });
      }
      return response.json().then(describe, function () {
        return 'The service answered ' + response.status + '.';
      }).then(fail);
    }, function () {
      fail('The service cannot be reached.');
    }).finally(function () {
      submit.disabled = false;
    });
  });
})();
